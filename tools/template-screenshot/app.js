// The README picture (docs/screenshots/designer-element-template.png): a service task with the
// template 发送期限提醒 applied, selected, its Chinese fields open in the properties panel.
import BpmnModeler from 'bpmn-js/lib/Modeler';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, CamundaPlatformPropertiesProviderModule } from 'bpmn-js-properties-panel';
import { ElementTemplatesPropertiesProviderModule } from 'bpmn-js-element-templates';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';

const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Defs" targetNamespace="x">
  <bpmn:process id="department-handling" name="责任单位办理" isExecutable="true">
    <bpmn:userTask id="Task_HandleCase" name="办理并拟写答复意见" />
    <bpmn:boundaryEvent id="Timer_Half" name="办理期限过半" cancelActivity="false" attachedToRef="Task_HandleCase"><bpmn:timerEventDefinition /></bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="Flow_1" sourceRef="Timer_Half" targetRef="Task_Remind" />
    <bpmn:serviceTask id="Task_Remind" name="提醒承办单位（过半）" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="D"><bpmndi:BPMNPlane id="P" bpmnElement="department-handling">
    <bpmndi:BPMNShape id="S1" bpmnElement="Task_HandleCase"><dc:Bounds x="160" y="100" width="120" height="80" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="S2" bpmnElement="Timer_Half"><dc:Bounds x="222" y="162" width="36" height="36" /><bpmndi:BPMNLabel><dc:Bounds x="200" y="205" width="80" height="14" /></bpmndi:BPMNLabel></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="S3" bpmnElement="Task_Remind"><dc:Bounds x="300" y="240" width="120" height="80" /></bpmndi:BPMNShape>
    <bpmndi:BPMNEdge id="E1" bpmnElement="Flow_1"><di:waypoint x="240" y="198" /><di:waypoint x="240" y="280" /><di:waypoint x="300" y="280" /></bpmndi:BPMNEdge>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;

window.start = async function (templates, templateId) {
  const modeler = new BpmnModeler({
    container: '#canvas',
    propertiesPanel: { parent: '#properties' },
    additionalModules: [BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, CamundaPlatformPropertiesProviderModule, ElementTemplatesPropertiesProviderModule],
    moddleExtensions: { camunda: camundaModdle },
    elementTemplates: templates
  });
  await modeler.importXML(xml);
  const registry = modeler.get('elementRegistry');
  const task = registry.get('Task_Remind');
  const elementTemplates = modeler.get('elementTemplates');
  modeler.get('elementTemplatesLoader').setTemplates(templates);
  const template = elementTemplates.getAll().find((t) => t.id === templateId);
  const applied = elementTemplates.applyTemplate(task, template);
  modeler.get('canvas').zoom(1.1, { x: 300, y: 200 });
  setTimeout(() => {
    modeler.get('selection').select(registry.get('Task_Remind'));
    window.done = true;
  }, 500);
};
