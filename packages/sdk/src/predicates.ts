/**
 * The tests the resource APIs apply, for code that already holds the records: a widget's filter
 * controls narrow what it has loaded, a server renders what a widget would show. An entry point of
 * its own (`@luton2040/sdk/predicates`), so that a page importing the client alone never loads them.
 */
export { matchesActivity, type ActivityFilter } from './resources/activity-filter.js';
export { matchesVacancy, newestPostedFirst, type VacancyFilter } from './resources/vacancy-filter.js';
export { newestPledge } from './resources/newest-pledge.js';
export { today } from './today.js';
