export { PrivacyModule } from './privacy.module';
export { PrivacyService } from './privacy.service';
export { PRIVACY_EVENT_SCHEMAS } from './privacy.events';
