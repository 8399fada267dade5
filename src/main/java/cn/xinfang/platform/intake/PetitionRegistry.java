package cn.xinfang.platform.intake;

import static cn.xinfang.platform.intake.PetitionVariables.*;

import cn.xinfang.platform.aftercare.Reviews;
import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.calendar.Deadline;
import cn.xinfang.platform.casefile.CaseAction;
import cn.xinfang.platform.casefile.CaseFiles;
import cn.xinfang.platform.casefile.CaseNumbers;
import cn.xinfang.platform.casefile.CaseRecord;
import cn.xinfang.platform.casefile.CaseStatus;
import cn.xinfang.platform.casefile.MatterAlreadyOpenException;
import cn.xinfang.platform.casefile.NewCase;
import cn.xinfang.platform.casefile.OpenMatters;
import cn.xinfang.platform.casefile.Petitioner;
import cn.xinfang.platform.casefile.Petitioners;
import cn.xinfang.platform.casefile.QueryCodes;
import cn.xinfang.platform.casefile.TaskListLabels;
import cn.xinfang.platform.deadline.StatutoryDeadlines;
import cn.xinfang.platform.fivechiefs.FiveChiefsVariables;
import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.ownership.OwnershipTriggers;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers petitions from every channel: validates, links repeats to the open case, writes the
 * case file and starts {@code petition}, all in one transaction. Of two identical petitions
 * registered at the same moment, the second is linked to the first one's case. A petition the
 * registrar decided is a new matter, although the petitioner has a case open about the same matter
 * type, opens a case of its own; the ledgers of both cases say so, who decided and why.
 */
@Service
public class PetitionRegistry {

  private static final String QUERY_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

  private final PetitionValidator validator;
  private final CaseFiles files;
  private final Petitioners petitioners;
  private final OpenMatters openMatters;
  private final CaseNumbers caseNumbers;
  private final CaseRecord record;
  private final BusinessCalendar calendar;
  private final StatutoryDeadlines deadlines;
  private final RuntimeService runtime;
  private final TransactionTemplate inTransaction;
  private final TransactionTemplate lookingAgain;
  private final TransactionTemplate apart;
  private final OwnershipTriggers ownership;
  private final JdbcClient jdbc;
  private final Reviews reviews;
  private final Organisation organisation;
  private final SecureRandom random = new SecureRandom();

  /** The process a village agent's filing starts (信访代办, {@code processes/proxy-handling.bpmn}). */
  public static final String PROXY_PROCESS_ID = "proxy-handling";

  PetitionRegistry(
      PetitionValidator validator,
      CaseFiles files,
      Petitioners petitioners,
      OpenMatters openMatters,
      CaseNumbers caseNumbers,
      CaseRecord record,
      BusinessCalendar calendar,
      StatutoryDeadlines deadlines,
      RuntimeService runtime,
      PlatformTransactionManager transactions,
      OwnershipTriggers ownership,
      JdbcClient jdbc,
      Reviews reviews,
      Organisation organisation) {
    this.ownership = ownership;
    this.jdbc = jdbc;
    this.reviews = reviews;
    this.organisation = organisation;
    this.validator = validator;
    this.files = files;
    this.petitioners = petitioners;
    this.openMatters = openMatters;
    this.caseNumbers = caseNumbers;
    this.record = record;
    this.calendar = calendar;
    this.deadlines = deadlines;
    this.runtime = runtime;
    this.inTransaction = new TransactionTemplate(transactions);
    this.lookingAgain = new TransactionTemplate(transactions);
    this.lookingAgain.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.lookingAgain.setReadOnly(true);
    this.apart = new TransactionTemplate(transactions);
    this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * The intake API's entry: a new case with its process, or the open case it repeats. Runs its own
   * transactions: a registration that lost the race for the matter is retried once, after its
   * transaction rolled back, and finds the winner's case.
   */
  public Registration register(PetitionRequest request, String actor) {
    return register(request, actor, () -> {}, r -> {});
  }

  /**
   * As {@link #register(PetitionRequest, String)}, with the caller's work done first and last in
   * each attempt's transaction (the intake API's idempotency key: claimed, then answered).
   */
  Registration register(
      PetitionRequest request,
      String actor,
      Runnable first,
      java.util.function.Consumer<Registration> last) {
    List<FieldError> errors = validator.validate(request);
    if (!errors.isEmpty()) {
      throw new InvalidPetitionException(errors);
    }
    try {
      return inTransaction.execute(status -> attempt(request, actor, first, last));
    } catch (MatterAlreadyOpenException identicalRegistrationWon) {
      return inTransaction.execute(status -> attempt(request, actor, first, last));
    }
  }

  private Registration attempt(
      PetitionRequest request,
      String actor,
      Runnable first,
      java.util.function.Consumer<Registration> last) {
    first.run();
    Registration r = registerOnce(request, actor);
    last.accept(r);
    return r;
  }

  private Registration registerOnce(PetitionRequest request, String actor) {
    Optional<String> open = openDuplicate(request);
    boolean newMatter = request.duplicateDecision() == DuplicateDecision.NEW_MATTER;
    if (open.isPresent() && !newMatter) {
      String caseNo = open.get();
      recordLink(request, caseNo, actor);
      var existing = files.find(caseNo).orElseThrow();
      return new Registration(
          caseNo,
          existing.processInstanceId(),
          null,
          true,
          existing.registeredAt(),
          existing.forwardDeadline());
    }
    Optional<String> terminated =
        open.isPresent() || newMatter ? Optional.empty() : terminatedMatter(request);
    if (terminated.isPresent()) {
      if (request.duplicateDecision() != DuplicateDecision.NOT_ACCEPTED_AGAIN) {
        throw new InvalidPetitionException(
            List.of(new FieldError("duplicate.decision", notAcceptedNotice(terminated.get()))));
      }
      Created kept = recordNotAccepted(request, actor, terminated.get());
      return new Registration(
          kept.caseNo(),
          null,
          kept.queryCode(),
          false,
          kept.registeredAt(),
          kept.forwardDeadline());
    }
    Created created = createCase(request, actor, open);
    // a walk-in on a five-chiefs service day goes to the chief on duty first (五长服务日接待)
    // …and one filed by a village agent is mediated at the village first (信访代办)
    String process =
        Channel.FIVE_CHIEFS.name().equals(request.channel())
            ? FiveChiefsVariables.PROCESS_ID
            : Channel.PROXY.name().equals(request.channel()) ? PROXY_PROCESS_ID : PROCESS_ID;
    ProcessInstance instance =
        runtime.startProcessInstanceByKey(
            process, created.caseNo(), processVariables(request, created, actor));
    files.attachProcess(created.caseNo(), instance.getId());
    return new Registration(
        created.caseNo(),
        instance.getId(),
        created.queryCode(),
        false,
        created.registeredAt(),
        created.forwardDeadline());
  }

  /**
   * The start form's 并入在办案件: the petition is recorded on the open case in a transaction of its own,
   * as the start that carried it is refused (nothing starts).
   */
  void linkApart(PetitionRequest request, String openCase, String actor) {
    apart.executeWithoutResult(status -> recordLink(request, openCase, actor));
  }

  private void recordLink(PetitionRequest request, String openCase, String actor) {
    String detail = describe(request);
    if (request.duplicateDecision() == DuplicateDecision.LINK) {
      detail +=
          "（登记人决定并入在办案件"
              + (request.duplicateReason() == null || request.duplicateReason().isEmpty()
                  ? ""
                  : "，理由：" + request.duplicateReason())
              + "）";
    }
    record.add(openCase, actor, null, CaseAction.DUPLICATE_LINKED, detail);
    ownership.evaluate(openCase, actor);
  }

  /**
   * The petitioner's case about this matter type that re-examination closed (复核终结, art. 36), the
   * latest if several.
   */
  Optional<String> terminatedMatter(PetitionRequest request) {
    List<String> ids = idNumbers(request);
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    return jdbc
        .sql(
            """
            select c.case_no from petition_case c
            join petition_petitioner p on p.case_no = c.case_no
            where p.id_number in (:ids) and c.matter_type = :matterType and c.status = 'TERMINATED'
            order by c.closed_at desc, c.case_no desc
            """)
        .param("ids", ids)
        .param("matterType", request.matterType())
        .query(String.class)
        .list()
        .stream()
        .findFirst();
  }

  /** What the registrar is told about a petition on a matter closed by re-examination. */
  String notAcceptedNotice(String terminatedCase) {
    String decision =
        reviews
            .lastReexamination(terminatedCase)
            .map(
                r ->
                    organisation.nameOf(r.body())
                        + " 于 "
                        + calendar.dateOf(r.decidedAt())
                        + " 作出复核意见「"
                        + r.decision().label()
                        + "」")
            .orElse("已复核终结");
    return "该信访人就同一事项的信访已经复核终结：案件 "
        + terminatedCase
        + "，"
        + decision
        + "。依《信访工作条例》第三十六条，以同一事实和理由再次提出的信访不再受理。如确属新的事实和理由，请选择“作为新事项登记”并写明理由；"
        + "否则请选择“登记为不再受理”，本次信访将登记备查，不再办理";
  }

  /** The petition kept as a record marked 不再受理, beside the terminated case; nothing starts. */
  Created recordNotAccepted(PetitionRequest request, String actor, String terminatedCase) {
    Created kept = createCase(request, actor, Optional.empty(), false);
    files.setStatus(kept.caseNo(), CaseStatus.NOT_ACCEPTED_AGAIN);
    String why = "同一事项已经复核终结（案件 " + terminatedCase + "），依《信访工作条例》第三十六条不再受理，登记备查";
    record.add(kept.caseNo(), actor, null, CaseAction.NOT_ACCEPTED_AGAIN, why);
    record.add(
        terminatedCase,
        actor,
        null,
        CaseAction.NOT_ACCEPTED_AGAIN,
        "信访人再次信访，已登记为不再受理记录 " + kept.caseNo());
    return kept;
  }

  /**
   * {@link #recordNotAccepted} in a transaction of its own, as the start form's start is refused.
   */
  String recordNotAcceptedApart(PetitionRequest request, String actor, String terminatedCase) {
    return apart.execute(status -> recordNotAccepted(request, actor, terminatedCase).caseNo());
  }

  boolean isRegisteredWithoutProcess(String caseNo) {
    return files.find(caseNo).map(c -> c.processInstanceId() == null).orElse(false);
  }

  void attachProcess(String caseNo, String processInstanceId) {
    files.attachProcess(caseNo, processInstanceId);
  }

  List<FieldError> validate(PetitionRequest request) {
    return validator.validate(request);
  }

  Optional<String> openDuplicate(PetitionRequest request) {
    return openMatters.caseOf(idNumbers(request), request.matterType());
  }

  /**
   * The open duplicate as committed by now, read outside the caller's transaction: after {@link
   * MatterAlreadyOpenException} that one can no longer be used.
   */
  Optional<String> openDuplicateOfIdenticalRegistration(PetitionRequest request) {
    return lookingAgain.execute(status -> openDuplicate(request));
  }

  /** The petitioners' ID numbers; a hotline caller registered without one has none. */
  private static List<String> idNumbers(PetitionRequest request) {
    return request.petitionersOrEmpty().stream()
        .map(PetitionRequest.PetitionerRequest::idNumber)
        .filter(id -> id != null && !id.isBlank())
        .toList();
  }

  /** A case created: its number, the petitioner's query code and the dates known so far. */
  record Created(
      String caseNo, String queryCode, Instant registeredAt, LocalDate forwardDeadline) {}

  /**
   * A new case; {@code besideOpenCase} is the petitioner's open case about the same matter type
   * when the registrar decided this is a new matter.
   *
   * @throws MatterAlreadyOpenException when an identical registration has just opened a case
   */
  Created createCase(PetitionRequest request, String actor, Optional<String> besideOpenCase) {
    return createCase(request, actor, besideOpenCase, true);
  }

  private Created createCase(
      PetitionRequest request,
      String actor,
      Optional<String> besideOpenCase,
      boolean evaluateOwnership) {
    Instant now = calendar.now();
    LocalDate today = calendar.dateOf(now);
    String caseNo = caseNumbers.next(today.getYear());
    String queryCode = queryCode();
    Deadline forwardDeadline = deadlines.forward(today);
    NewCase file =
        new NewCase(
            caseNo,
            QueryCodes.hash(caseNo, queryCode),
            request.channel(),
            request.category(),
            request.matterType(),
            Boolean.TRUE.equals(request.lawRelated()),
            request.region(),
            request.headcount(),
            request.content().strip(),
            request.hotlineOrderNo(),
            request.petitionersOrEmpty().stream()
                .map(
                    p ->
                        new Petitioner(
                            p.name().strip(),
                            p.idNumber() == null || p.idNumber().isBlank() ? null : p.idNumber(),
                            p.phone(),
                            p.address()))
                .toList(),
            now,
            actor,
            forwardDeadline,
            Boolean.TRUE.equals(request.highRisk()));
    files.create(file);
    petitioners.add(caseNo, file.petitioners());
    if (besideOpenCase.isPresent()) {
      openMatters.claimAsSeparateMatter(caseNo, idNumbers(request), request.matterType());
    } else {
      openMatters.claim(caseNo, idNumbers(request), request.matterType());
    }
    record.add(caseNo, actor, null, CaseAction.REGISTERED, describe(request));
    besideOpenCase.ifPresent(
        open -> {
          String why =
              "同一信访人同类事项在办案件 "
                  + open
                  + "，登记人决定作为新事项登记（"
                  + caseNo
                  + "），理由："
                  + request.duplicateReason();
          record.add(caseNo, actor, null, CaseAction.REGISTERED_AS_NEW_MATTER, why);
          record.add(open, actor, null, CaseAction.NEW_MATTER_REGISTERED_BESIDE, why);
        });
    if (evaluateOwnership) {
      ownership.evaluate(caseNo, actor);
    }
    return new Created(caseNo, queryCode, now, forwardDeadline.date());
  }

  Map<String, Object> processVariables(PetitionRequest request, Created created, String actor) {
    PetitionRequest.PetitionerRequest first = request.petitionersOrEmpty().get(0);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(CASE_NO, created.caseNo());
    // 登记受理 is the district petition bureau's, unless a higher level accepted the matter (信访代办)
    variables.put(INTAKE_BUREAU, "petition-bureau");
    variables.put(CHANNEL, request.channel());
    variables.put(CATEGORY, request.category());
    variables.put(MATTER_TYPE, request.matterType());
    variables.put(LAW_RELATED, Boolean.TRUE.equals(request.lawRelated()));
    variables.put(REGION, request.region());
    variables.put(HEADCOUNT, request.headcount());
    variables.put(COLLECTIVE, request.isCollective());
    variables.put(CONTENT, request.content().strip());
    variables.put(SUMMARY, describe(request));
    variables.put(PETITIONER_NAME, first.name().strip());
    variables.put(PETITIONER_PHONE, first.phone());
    variables.put(PETITIONER_ADDRESS, first.address());
    variables.put(HOTLINE_ORDER_NO, request.hotlineOrderNo());
    variables.put(INVOLVED_UNITS, String.join(",", request.involvedUnitsOrEmpty()));
    variables.put(REGISTERED_BY, actor);
    variables.put(FORWARD_DEADLINE, calendar.endOf(created.forwardDeadline()));
    variables.putAll(
        TaskListLabels.variables(
            created.caseNo(),
            TaskListLabels.petitioner(first.name(), request.headcount()),
            TaskListLabels.summary(request.content())));
    return variables;
  }

  /** E.g. "张三等 6 人（集体访）反映 拖欠工资：……" — one line for task lists and mails. */
  static String describe(PetitionRequest request) {
    String who = request.petitionersOrEmpty().get(0).name().strip();
    int headcount = request.headcount() == null ? 1 : request.headcount();
    if (headcount > 1) {
      who += "等 " + headcount + " 人" + (request.isCollective() ? "（集体访）" : "");
    }
    String matter = MatterType.ofCode(request.matterType()).map(MatterType::label).orElse("");
    String content = request.content().strip();
    return who
        + "反映"
        + matter
        + "问题："
        + (content.length() > 60 ? content.substring(0, 60) + "……" : content);
  }

  private String queryCode() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      code.append(QUERY_CODE_ALPHABET.charAt(random.nextInt(QUERY_CODE_ALPHABET.length())));
    }
    return code.toString();
  }
}
