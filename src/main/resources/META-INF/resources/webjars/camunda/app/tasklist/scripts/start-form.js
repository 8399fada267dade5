// The start form (启动流程 → 信访事项办理) is a long modal: Tasklist shows the server's refusal at its
// top while the registrar is at the 启动 button at the bottom, and after a start it says only
// 流程已启动。 Show the refusal beside the button, and the new case's number in the toast.
const angular = window.angular;

const REGISTERED = {
  zh: (caseNo) => `已登记，案件编号 ${caseNo}`,
  en: (caseNo) => `Registered: case number ${caseNo}`
};
const START_BUTTON = '[ng-click="startProcessInstance()"]';
const FOOTER_MESSAGE = 'xf-start-error';

// the case number of the instance the start form has just created, once the engine has told it
let startedCase = null;

function showBesideStartButton(text) {
  const button = document.querySelector(`.modal ${START_BUTTON}`);
  const footer = button && button.closest('.modal-footer');
  if (!footer) {
    return;
  }
  let message = footer.querySelector(`.${FOOTER_MESSAGE}`);
  if (!message) {
    message = document.createElement('div');
    message.className = `${FOOTER_MESSAGE} alert alert-danger`;
    message.setAttribute('role', 'alert');
    footer.insertBefore(message, footer.firstChild);
  }
  message.textContent = text;
  footer.scrollIntoView({ block: 'end' });
}

// a new attempt starts without the last refusal
document.addEventListener(
  'click',
  (event) => {
    if (event.target.closest && event.target.closest(START_BUTTON)) {
      document.querySelectorAll(`.${FOOTER_MESSAGE}`).forEach((message) => message.remove());
    }
  },
  true
);

angular.module('cam.tasklist').config([
  '$provide',
  function ($provide) {
    // the form directive hands the engine's answer to a start (the new instance, with its business
    // key) to the modal; remember the key on the way
    $provide.decorator('camTasklistFormDirective', [
      '$delegate',
      function ($delegate) {
        const directive = $delegate[0];
        const dependencies = directive.controller.slice(0, -1);
        const controller = directive.controller[directive.controller.length - 1];
        directive.controller = [
          ...dependencies,
          function (...injected) {
            controller.apply(this, injected);
            const $scope = injected[dependencies.indexOf('$scope')];
            const completed = $scope.onFormCompletionCallback;
            $scope.onFormCompletionCallback = function (error, result) {
              startedCase = !error && result && result.businessKey ? result.businessKey : null;
              return completed.apply(this, arguments);
            };
          }
        ];
        return $delegate;
      }
    ]);

    $provide.decorator('Notifications', [
      '$delegate',
      '$injector',
      function (Notifications, $injector) {
        const addMessage = Notifications.addMessage;
        const addError = Notifications.addError;
        Notifications.addMessage = function (notification) {
          // $translate needs Notifications itself: ask for it only when a message comes
          const $translate = $injector.get('$translate');
          if (!startedCase || !notification || notification.status !== $translate.instant('PROCESS_START_OK')) {
            return addMessage.apply(this, arguments);
          }
          const language = /^zh/i.test($translate.use() || '') ? 'zh' : 'en';
          const caseNo = startedCase;
          startedCase = null;
          // the registrar copies the number onto the petitioner's receipt: it stays until closed
          return addMessage.call(this, { status: REGISTERED[language](caseNo), type: 'success' });
        };
        Notifications.addError = function (notification) {
          if (notification && notification.message && document.querySelector(`.modal ${START_BUTTON}`)) {
            showBesideStartButton(notification.message);
          }
          return addError.apply(this, arguments);
        };
        return Notifications;
      }
    ]);
  }
]);

export default [];
