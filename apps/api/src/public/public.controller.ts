import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { NotFound } from '@hdnd/application';
import {
  PublicQueries,
  type PublicDelegation,
  type PublicDelegationSummary,
} from '@hdnd/read-models';
import { Public } from '../auth/access.decorator';
import { IdParam } from '../http/id-param.pipe';
import { PublicAnswers, type PublicAnswer } from './public-answers';

/**
 * Shared caches may keep an answer but must ask again each time (a withdrawal takes effect at
 * once); the ETag makes asking again cheap: 304 without a body.
 */
const CACHE_CONTROL = 'public, no-cache';

/** Whether If-None-Match names this ETag (a list, weak or strong, or `*`). */
const matches = (ifNoneMatch: string | undefined, etag: string): boolean =>
  ifNoneMatch !== undefined &&
  ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');

const send = (request: Request, response: Response, answer: PublicAnswer): void => {
  response.setHeader('ETag', answer.etag);
  response.setHeader('Cache-Control', CACHE_CONTROL);
  if (matches(request.headers['if-none-match'], answer.etag)) {
    response.status(304).end();
    return;
  }
  response.status(200).type('application/json').send(answer.body);
};

/**
 * The public page's data, without sign-in: what the council made public and nothing else
 * (docs/read-models.md, "The public page"). Reads only the public tables.
 */
@Controller('api/public')
export class PublicController {
  constructor(
    private readonly queries: PublicQueries,
    private readonly answers: PublicAnswers,
  ) {}

  /** Every published delegation, the latest published first. */
  @Get('delegations')
  @Public()
  async list(@Req() request: Request, @Res() response: Response): Promise<void> {
    const answer = await this.answers.get('list', async () => {
      const items: PublicDelegationSummary[] = await this.queries.list();
      return { items };
    });
    send(request, response, answer!);
  }

  /** One published delegation with its officials and recommendations; 404 when not published. */
  @Get('delegations/:id')
  @Public()
  async get(
    @Param('id', IdParam) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const answer = await this.answers.get(
      `delegation ${id}`,
      (): Promise<PublicDelegation | undefined> => this.queries.get(id),
    );
    if (!answer) throw new NotFound('published delegation', id);
    send(request, response, answer);
  }
}
