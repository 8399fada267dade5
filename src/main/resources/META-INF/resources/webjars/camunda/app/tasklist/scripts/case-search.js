// Tasklist's search box turns typed text into a search on the task name. Officials type a case
// number (XF-2026-000001, or a part such as 2026-000001 or 000001): search the process instance's
// business key for it instead, with LIKE, so the case's tasks are found in the current filter.
const angular = window.angular;

// XF-2026-000001, XF-2026, 2026-000001, 000001: letters XF, digits and hyphens, at least one digit
const CASE_NUMBER = /^(?=.*\d)(XF-?)?[\d-]+$/i;
const BUSINESS_KEY = 'processInstanceBusinessKey';

function searchesCaseNumbers(scope) {
  const createSearch = scope.createSearch;
  const offersBusinessKey = (scope.types || []).some((type) => type.id.key === BUSINESS_KEY);
  if (typeof createSearch !== 'function' || !offersBusinessKey) {
    return;
  }
  scope.createSearch = function (type) {
    const text = (scope.inputQuery || '').trim();
    if (type || !CASE_NUMBER.test(text)) {
      return createSearch.apply(this, arguments);
    }
    createSearch.call(this, { key: BUSINESS_KEY });
    const index = scope.searches.length - 1;
    const search = scope.searches[index];
    search.value.value = text.toUpperCase();
    search.value.inEdit = false;
    scope.handleChange(index, 'value', '', search.value.value);
    scope.inputQuery = '';
  };
}

angular.module('cam.tasklist').config([
  '$provide',
  function ($provide) {
    $provide.decorator('camWidgetSearchDirective', [
      '$delegate',
      function ($delegate) {
        const directive = $delegate[0];
        const link = directive.link;
        directive.compile = function () {
          return function (scope) {
            link.apply(this, arguments);
            searchesCaseNumbers(scope);
          };
        };
        return $delegate;
      }
    ]);
  }
]);

export default [];
