export { loadTrackerData as loadTracker } from '@luton2040/elements/components/action-tracker.data.js';
