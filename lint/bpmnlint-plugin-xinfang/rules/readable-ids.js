/**
 * Ids are readable and type-prefixed (Task_SignFor, Gateway_InRemit), never the ones a modeler
 * generates: Camunda Modeler's Activity_0abc123 / Flow_1x2y3z4 (a prefix and seven random base-36
 * characters), the old StartEvent_1 / BPMNShape_12 style, and Signavio's sid-… ids. Code, tests
 * and Cockpit's audit trail meet the model at these ids.
 */
const GENERATED = [
  /^[A-Za-z]+_(?=[0-9a-z]*[0-9])[0-9a-z]{7}(_di|_label)?$/,
  /^[A-Za-z]+_\d+(_di|_label)?$/,
  /^sid-/i
];

module.exports = function() {

  function check(node, reporter) {
    const id = node.id;
    if (typeof id === 'string' && GENERATED.some(pattern => pattern.test(id))) {
      reporter.report(id, `Id ${id} is generated; give it a readable, type-prefixed one`, [ 'id' ]);
    }
  }

  return { check };
};
