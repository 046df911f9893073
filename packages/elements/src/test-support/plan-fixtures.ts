import type { Action, Activity, EssPriority, Organisation, Setting, StatusReport } from '@luton2040/schema';

// Synthetic test data shaped as the feed's Implementation Plan resources: two priorities, three
// actions, six activities, three organisations, two reports. No figure here is the plan's.

const citation = { doc: 'test-doc', section: 'Synthetic test data' };

export const testPriorities: EssPriority[] = [
  { id: 'priority-b', number: 2, title: 'Second test priority', citation },
  { id: 'priority-a', number: 1, title: 'First test priority', citation },
];

export const testOrganisations: Organisation[] = [
  { id: 'org-z', name: 'Zed Test College', citation },
  { id: 'org-a', name: 'Alpha Test Council', citation },
  { id: 'org-m', name: 'Mid Test Trust', citation },
];

function activity(id: string, extra: Partial<Activity> = {}): Activity {
  const action = id.split('.').slice(0, 2).join('.');
  return {
    id,
    action,
    priority: action.startsWith('1.') ? 'priority-a' : 'priority-b',
    title: `Test activity ${id}`,
    timeframe: { text: 'Year 1', years: [1], ongoing: false },
    owners: ['org-a'],
    partners: [],
    outputs: `Outputs of ${id} (test data)`,
    measureOfSuccess: `Measure of ${id} (test data)`,
    status: 'not-reported',
    citation,
    ...extra,
  };
}

export const testActivities: Activity[] = [
  activity('1.1.1', { partners: ['org-m'] }),
  activity('1.1.2', { status: 'in-progress', statusDate: '2023', owners: ['org-z'], timeframe: { text: 'Year 2, 3', years: [2, 3], ongoing: false } }),
  activity('1.2.1', { status: 'complete', statusDate: '2024-02', timeframe: { text: 'Ongoing', years: [], ongoing: true } }),
  activity('2.1.1', { owners: ['org-m'], partners: ['org-a'], timeframe: { text: 'Year 4', years: [4], ongoing: false } }),
  activity('2.1.2', { status: 'delayed', statusDate: '2024', owners: ['org-m'] }),
  activity('2.1.3', { owners: ['org-z', 'org-m'] }),
];

export const testActions: Action[] = [
  { id: '1.1', priority: 'priority-a', title: 'First test action', activities: ['1.1.1', '1.1.2'], citation },
  { id: '1.2', priority: 'priority-a', title: 'Second test action', activities: ['1.2.1'], citation },
  { id: '2.1', priority: 'priority-b', title: 'Third test action', activities: ['2.1.1', '2.1.2', '2.1.3'], citation },
];

export const testReports: StatusReport[] = [
  { activity: '1.1.2', status: 'in-progress', date: '2023', evidence: 'Test evidence of progress', reporter: 'Zed Test College' },
  { activity: '1.2.1', status: 'in-progress', date: '2023', evidence: 'Earlier test evidence', reporter: 'Alpha Test Council' },
  { activity: '1.2.1', status: 'complete', date: '2024-02', evidence: 'Test evidence of completion', reporter: 'Alpha Test Council' },
];

export const testSettings: Setting[] = [{ key: 'plan-year-1-start', value: '2022-04-01', note: 'Test setting (synthetic test data).' }];

/** The plan's resources by feed name, for `memoryClient`. */
export const testPlan = {
  essPriorities: testPriorities,
  actions: testActions,
  activities: testActivities,
  organisations: testOrganisations,
  statusReports: testReports,
  settings: testSettings,
};
