import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '@ikone/platform';
import { AccessClaims, Actor, AuthService } from '@ikone/membership';

/**
 * Verifies bearer access tokens: HS256 only (so `alg: none` and key confusion fail), issuer,
 * audience, expiry, and `typ: access` so no other token passes; then loads the actor so a
 * disabled user or an ended session stops working at once.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly auth: AuthService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.secrets.jwt,
      algorithms: ['HS256'],
      issuer: config.auth.issuer,
      audience: config.auth.audience,
      ignoreExpiration: false,
    });
  }

  async validate(claims: Partial<AccessClaims>): Promise<Actor | false> {
    if (claims.typ !== 'access' || !claims.sub || !claims.sid || typeof claims.tv !== 'number') return false;
    return (await this.auth.resolveActor(claims as AccessClaims)) ?? false;
  }
}
