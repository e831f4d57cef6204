// English that Tasklist 7.24 shows but that is not in its locales/en.json: fixed texts of the Camunda
// Forms viewer (@bpmn-io/form-js-viewer 1.8.8, which has no translation support), of flatpickr (its
// calendar) and AngularJS UI Bootstrap, and literals in Tasklist's own templates. The check looks for
// these, whole or word by word, besides every English text of en.json that Swedish says otherwise.
// {{ n }} stands for what the program fills in.
export const KNOWN_ENGLISH = [
  // form-js: validation messages
  'Field is required.',
  'Field must have minimum length of {{ n }}.',
  'Field must have maximum length of {{ n }}.',
  'Field must have minimum value of {{ n }}.',
  'Field must have maximum value of {{ n }}.',
  'Field must match pattern {{ n }}.',
  'Field must be a valid email.',
  'Field must be a valid international phone number. (e.g. +4930664040900)',
  'Value is not a number.',
  'Value is expected to be an integer.',
  'Value is expected to have at most {{ n }} decimal digits.',
  'Please select a valid value, the two nearest valid values are {{ n }} and {{ n }}.',
  'Date and time must both be entered.',
  // form-js: fields and lists
  'Search', 'Select', 'No results', 'All values selected', 'Remove tag', 'Remove list item {{ n }}',
  'Add new', 'Expand all ({{ n }})', 'Collapse', 'Increment', 'Decrement', 'Nothing to show.',
  'Previous page', 'Next page', 'No content to show.', "External content couldn't be loaded.",
  'This is an image placeholder', 'yyyy-mm-dd', 'hh:mm',
  // flatpickr, the calendar of form-js date fields
  'Month', 'Year', 'Hour', 'Minute', 'Scroll to increment', 'Click to toggle',
  // AngularJS UI Bootstrap: Tasklist's calendar, time fields and alerts
  'previous', 'next', 'Close', 'HH', 'MM',
  // Tasklist's templates
  'zoom in', 'zoom out', 'reset zoom', 'task.assignee'
];

/**
 * Words that are the same in Swedish, or names, and so are never a sign of English on their own:
 * product names, words Swedish staff use as they are, and the time zone's name.
 */
export const SAME_IN_SWEDISH = [
  'camunda', 'tasklist', 'cockpit', 'admin', 'platform', 'bpmn', 'dmn', 'cmmn', 'id', 'ok',
  'europe', 'stockholm', 'utc', 'est'
];
