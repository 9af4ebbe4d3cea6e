/**
 * The reference point: a trivial NestJS 11 POST, run on the same HTTP conventions as the
 * product (NFC pipe, strict ValidationPipe, problem+json filter) but touching no store. bench:http
 * measures it beside the product's command endpoint in the same run, so the ratio between the two
 * says what the event log and the read models cost, whatever the machine's speed that day.
 */
import 'reflect-metadata';
import { Body, Controller, HttpCode, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { AUTH_SETTINGS, configureHttp } from '@hdnd/api';

class TrivialBody {
  @IsString()
  agencyId!: string;

  @IsIn(['achievement', 'limitation', 'obstacle'])
  kind!: string;

  @IsString()
  @MaxLength(4000)
  statement!: string;

  @IsString()
  recordedOn!: string;
}

@Controller()
class TrivialController {
  @Post('trivial')
  @HttpCode(201)
  accept(@Body() body: TrivialBody): { id: string; kind: string } {
    return { id: body.agencyId, kind: body.kind };
  }
}

// The hardening configureHttp applies reads its CORS settings from here: none.
@Module({
  controllers: [TrivialController],
  providers: [{ provide: AUTH_SETTINGS, useValue: { corsOrigins: [] } }],
})
class TrivialModule {}

async function main(): Promise<void> {
  const app = await configureHttp(await NestFactory.create(TrivialModule, { logger: ['error'] }));
  await app.listen(Number(process.env.PORT), '127.0.0.1');
}

void main();
