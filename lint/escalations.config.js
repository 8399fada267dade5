// Escalations that are thrown today and that nothing catches yet. Issue 9 (supervision) is to catch
// both (a unit overdue, a case not forwarded in time); take them off this list
// when it does: the check fails on an entry that is caught or no longer thrown. Any other escalation
// that no boundary event or event sub-process catches fails the lint.
module.exports = {
  allowedUncaught: [
    'unit-overdue', // department-handling: a unit late to sign for, to handle, or after its extension
    'forward-overdue' // petition: the bureau late to forward the case
  ]
};
