import { Body, Controller, Get, HttpCode, Post, Req, UnauthorizedException } from '@nestjs/common';
import { UserDirectory } from '@hdnd/identity';
import { Allow, Public, READERS } from './access.decorator';
import { LoginDto } from './auth.dto';
import type { AuthenticatedRequest } from './auth.guard';
import { TokenService } from './token.service';
import { userView, type UserView } from './user.view';

export const LOGIN_ROUTE = 'api/auth/login';

@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly users: UserDirectory,
    private readonly tokens: TokenService,
  ) {}

  /**
   * A password for an access token (JWT, HS256, 15 minutes by default). The same 401 for an
   * unknown user and a wrong password; repeated attempts for one username are refused with 429.
   */
  @Post('login')
  @Public()
  @HttpCode(200)
  async login(
    @Body() { username, password }: LoginDto,
  ): Promise<{ accessToken: string; tokenType: 'Bearer'; expiresIn: number; user: UserView }> {
    const user = await this.users.authenticate(username, password);
    if (!user) throw new UnauthorizedException('Wrong username or password.');
    return { ...this.tokens.issue(user), tokenType: 'Bearer', user: userView(user) };
  }

  /** The signed-in user, as the log says now (a role changed since login shows here). */
  @Get('me')
  @Allow(...READERS)
  async me(@Req() request: AuthenticatedRequest): Promise<UserView> {
    const user = await this.users.find(request.user!.userId);
    if (!user) throw new UnauthorizedException('This account no longer exists.');
    return userView(user);
  }
}
