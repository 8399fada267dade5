// Escalations that may be thrown without a catcher. None today: supervision (issue 9) catches
// unit-overdue on petition's call activity and forward-overdue in an event sub-process of petition.
// The check fails on an entry that is caught or no longer thrown. Any other escalation that no
// boundary event or event sub-process catches fails the lint.
module.exports = {
  allowedUncaught: []
};
