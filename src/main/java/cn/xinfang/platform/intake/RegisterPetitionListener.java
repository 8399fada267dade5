package cn.xinfang.platform.intake;

import static cn.xinfang.platform.intake.PetitionVariables.*;
import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.casefile.MatterAlreadyOpenException;
import cn.xinfang.platform.fivechiefs.FiveChiefsVariables;
import cn.xinfang.platform.validation.FormInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of {@code Start_PetitionReceived} from Tasklist's start form (联合接待服务案件登记表): registers the
 * case as the intake API does. A petition from the API arrives registered (it has a case number)
 * and passes through. Invalid input or a repeat of an open case starts nothing, also when the
 * identical petition was registered at the same moment. Should the petitioner have a case open
 * about the matter type, the registrar chooses: 并入在办案件 (recorded on that case, nothing starts) or
 * 作为新事项登记 with a reason (a case of its own).
 */
@Component("registerPetitionListener")
class RegisterPetitionListener implements ExecutionListener {

  private final PetitionRegistry registry;

  RegisterPetitionListener(PetitionRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String caseNo = text(execution, CASE_NO);
    if (caseNo != null) {
      // only the intake API starts a petition with a case number: the one it has just registered
      if (!registry.isRegisteredWithoutProcess(caseNo)) {
        throw new FormInputException(List.of("案件编号 " + caseNo + " 无效：信访事项须通过登记表或登记接口登记"));
      }
      return;
    }
    boolean fiveChiefs =
        execution.getProcessDefinitionId().startsWith(FiveChiefsVariables.PROCESS_ID + ":");
    boolean proxy =
        execution.getProcessDefinitionId().startsWith(PetitionRegistry.PROXY_PROCESS_ID + ":");
    if (fiveChiefs) {
      // 五长服务日接待 registers walk-ins of the service day, whatever the form's channel says
      execution.setVariable(CHANNEL, Channel.FIVE_CHIEFS.name());
    } else if (proxy) {
      // 信访代办: what a village agent files is mediated at the village first; the agent's short
      // form asks for one person's claim
      execution.setVariable(CHANNEL, Channel.PROXY.name());
      if (execution.getVariable(HEADCOUNT) == null) {
        execution.setVariable(HEADCOUNT, 1L);
      }
      if (execution.getVariable(CATEGORY) == null) {
        execution.setVariable(CATEGORY, "CLAIM");
      }
    } else if (Channel.PROXY.name().equals(text(execution, CHANNEL))) {
      throw new FormInputException(List.of("代办员代办的信访事项请在「启动流程」中选择「信访代办」登记，先由村（社区）调解化解"));
    } else if (Channel.FIVE_CHIEFS.name().equals(text(execution, CHANNEL))) {
      throw new FormInputException(List.of("五长服务日的走访请在「启动流程」中选择「五长服务日接待」登记，由坐班五长接待"));
    }
    PetitionRequest request = fromStartForm(execution);
    ID_NUMBER_FIELDS.forEach(execution::removeVariable);
    List.of(DUPLICATE_DECISION, DUPLICATE_REASON).forEach(execution::removeVariable);
    List<FieldError> errors = registry.validate(request);
    if (!errors.isEmpty()) {
      throw new FormInputException(errors.stream().map(FieldError::message).toList());
    }
    String actor = text(execution, REGISTERED_BY);
    Optional<String> open = registry.openDuplicate(request);
    if (open.isPresent() && request.duplicateDecision() == null) {
      refuseRepeat(open.get());
    }
    if (open.isPresent() && request.duplicateDecision() == DuplicateDecision.LINK) {
      registry.linkApart(request, open.get(), actor);
      throw new FormInputException(
          List.of("该信访人就同一事项已有在办案件 " + open.get() + "，本次信访已按您的选择并入该案件并记入其案卷，未另行立案，无需再次提交"));
    }
    Optional<String> terminated =
        open.isPresent() || request.duplicateDecision() == DuplicateDecision.NEW_MATTER
            ? Optional.empty()
            : registry.terminatedMatter(request);
    if (terminated.isPresent()) {
      if (request.duplicateDecision() != DuplicateDecision.NOT_ACCEPTED_AGAIN) {
        throw new FormInputException(List.of(registry.notAcceptedNotice(terminated.get())));
      }
      String kept = registry.recordNotAcceptedApart(request, actor, terminated.get());
      throw new FormInputException(
          List.of(
              "已登记为不再受理记录 " + kept + "（同一事项已经复核终结，案件 " + terminated.get() + "），未启动办理流程，无需再次提交"));
    }
    PetitionRegistry.Created created;
    try {
      created = registry.createCase(request, actor, open);
    } catch (MatterAlreadyOpenException identicalRegistrationWon) {
      // registered by someone else a moment ago; this start rolls back
      registry
          .openDuplicateOfIdenticalRegistration(request)
          .ifPresent(RegisterPetitionListener::refuseRepeat);
      throw new FormInputException(List.of("该信访人就同一事项刚刚已由他人登记，请查询在办案件，不要重复登记"));
    }
    execution.setVariables(registry.processVariables(request, created, actor));
    execution.setProcessBusinessKey(created.caseNo());
    registry.attachProcess(created.caseNo(), execution.getProcessInstanceId());
  }

  private static void refuseRepeat(String openCase) {
    throw new FormInputException(
        List.of(
            "该信访人就同一事项已有在办案件 "
                + openCase
                + "。如属同一问题，请在“同一信访人同类事项已有在办案件时”选择“并入在办案件”；"
                + "如确属新的问题，请选择“作为新事项登记”并填写理由，再提交"));
  }

  private static PetitionRequest fromStartForm(DelegateExecution execution) {
    Object headcount = execution.getVariable(HEADCOUNT);
    List<PetitionRequest.PetitionerRequest> petitioners = new ArrayList<>();
    petitioners.add(
        new PetitionRequest.PetitionerRequest(
            text(execution, PETITIONER_NAME),
            text(execution, PETITIONER_ID_NUMBER),
            text(execution, PETITIONER_PHONE),
            text(execution, PETITIONER_ADDRESS)));
    petitioners.addAll(representatives(execution));
    return new PetitionRequest(
        text(execution, CHANNEL),
        petitioners,
        headcount instanceof Number n ? n.intValue() : null,
        text(execution, CATEGORY),
        text(execution, MATTER_TYPE),
        Boolean.TRUE.equals(execution.getVariable(LAW_RELATED)),
        text(execution, REGION),
        text(execution, CONTENT),
        List.of(),
        text(execution, HOTLINE_ORDER_NO),
        new PetitionRequest.Duplicate(
            text(execution, DUPLICATE_DECISION), text(execution, DUPLICATE_REASON)),
        Boolean.TRUE.equals(execution.getVariable(HIGH_RISK)));
  }

  /**
   * The further representatives of a collective visit, one per line of the start form's text area:
   * name, resident ID number and phone, separated by spaces or commas.
   */
  private static List<PetitionRequest.PetitionerRequest> representatives(
      DelegateExecution execution) {
    String text = text(execution, REPRESENTATIVES);
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<PetitionRequest.PetitionerRequest> people = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    String[] lines = text.strip().split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String[] fields = lines[i].strip().split("[\\s,，、]+");
      if (fields.length != 3) {
        problems.add("其他代表第 " + (i + 1) + " 行格式不正确（应为：姓名 公民身份号码 联系电话）");
      } else {
        people.add(new PetitionRequest.PetitionerRequest(fields[0], fields[1], fields[2], null));
      }
    }
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    return people;
  }
}
