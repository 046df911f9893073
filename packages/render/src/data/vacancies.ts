export { loadFeedData as loadVacancies } from '@luton2040/elements/components/vacancy-feed.data.js';
