import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@ikone/platform';
import { ACCOUNTS_SQL, Actor, requireRole, setAccountLocale } from '@ikone/membership';
import type { Locale } from '@ikone/membership';
import { ConsentService } from '../consent/consent.service';
import { NotificationsError } from '../notifications.error';

/** Hours (Europe/Berlin) a person may choose for digests: early working morning. */
export const DIGEST_HOURS = [5, 6, 7, 8, 9, 10] as const;
/** ISO weekdays a person may choose for the weekly digest: Monday (1) to Friday (5), working days. */
export const DIGEST_WEEKDAYS = [1, 2, 3, 4, 5] as const;

/** A person's notification settings, with the network defaults filled in. */
export interface NotificationPreferences {
  emailEnabled: boolean;
  locale: Locale;
  digestHour: number;
  /** ISO weekday, 1 = Monday. */
  digestWeekday: number;
}

export interface PreferencesUpdate {
  emailEnabled?: boolean | null;
  locale?: Locale | null;
  digestHour?: number | null;
  digestWeekday?: number | null;
}

/**
 * Email on or off, language, digest hour and weekday. A person without a row has the
 * defaults: email on, and the digest time from the `digest` configuration.
 */
@Injectable()
export class PreferencesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly consent: ConsentService,
  ) {}

  /** ISO weekday of the configured weekly digest (config counts 0 = Sunday like Date#getDay). */
  get defaultWeekday(): number {
    return this.config.digest.weeklyDay === 0 ? 7 : this.config.digest.weeklyDay;
  }

  async get(actor: Actor | null): Promise<NotificationPreferences> {
    const who = requireRole(actor);
    return this.load(who.id);
  }

  async load(userId: string): Promise<NotificationPreferences> {
    const [row] = (await this.db.query(
      `select u.locale, p.email_enabled as "emailEnabled", p.digest_hour as "digestHour", p.digest_weekday as "digestWeekday"
       from ${ACCOUNTS_SQL} u left join notification_preference p on p.user_id = u.id where u.id = $1`,
      [userId],
    )) as Array<{ locale: Locale; emailEnabled: boolean | null; digestHour: number | null; digestWeekday: number | null }>;
    return {
      emailEnabled: row?.emailEnabled ?? true,
      locale: row?.locale === 'en' ? 'en' : 'de',
      digestHour: row?.digestHour ?? this.config.digest.dailyHour,
      digestWeekday: row?.digestWeekday ?? this.defaultWeekday,
    };
  }

  /**
   * Changes only the fields given. The language lives on the account (`app_user.locale`),
   * as every email, not only notifications, is written in it.
   */
  async update(actor: Actor | null, input: PreferencesUpdate): Promise<NotificationPreferences> {
    const who = requireRole(actor);
    if (input.digestHour != null && !(DIGEST_HOURS as readonly number[]).includes(input.digestHour)) {
      throw new NotificationsError('DIGEST_HOUR_INVALID', 'input.digestHour');
    }
    if (input.digestWeekday != null && !(DIGEST_WEEKDAYS as readonly number[]).includes(input.digestWeekday)) {
      throw new NotificationsError('DIGEST_WEEKDAY_INVALID', 'input.digestWeekday');
    }
    await this.db.transaction(async (manager) => {
      await manager.query(
        `insert into notification_preference (user_id, email_enabled, digest_hour, digest_weekday)
         values ($1, coalesce($2::boolean, true), $3::smallint, $4::smallint)
         on conflict (user_id) do update set
           email_enabled = coalesce($2::boolean, notification_preference.email_enabled),
           digest_hour = coalesce($3::smallint, notification_preference.digest_hour),
           digest_weekday = coalesce($4::smallint, notification_preference.digest_weekday),
           updated_at = now()`,
        [who.id, input.emailEnabled ?? null, input.digestHour ?? null, input.digestWeekday ?? null],
      );
      if (input.locale) await setAccountLocale(manager, who.id, input.locale);
      // Turning email on asks for the consent the emails need (ADR 0023).
      if (input.emailEnabled === true) await this.consent.requestIfNeeded(manager, who.id);
    });
    return this.load(who.id);
  }

  /** Turns notification emails off without a login (one-click unsubscribe of a non-subscription email). */
  async disableEmail(userId: string): Promise<void> {
    await this.db.query(
      `insert into notification_preference (user_id, email_enabled) values ($1, false)
       on conflict (user_id) do update set email_enabled = false, updated_at = now()`,
      [userId],
    );
  }
}
