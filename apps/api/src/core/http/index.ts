export { bodyErrorHandler, bodyParsers, MAX_BODY } from './body';
export { currentRequestId, requestIdMiddleware } from './request-id';
export { contentSecurityPolicy, securityHeaders } from './security-headers';
export { documentNestingGuard } from './document-nesting';
export { securityTxt } from './security-txt';
