package cn.xinfang.platform.intake;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.fivechiefs.FiveChiefsRoster;
import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.validation.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Every rule a petition must meet before anything is registered; all problems at once. */
@Component
class PetitionValidator {

  /** Collective visits elect at most 5 representatives (20). */
  static final int MAX_REPRESENTATIVES = 5;

  /** Channels whose petitioners may be registered without a resident ID number. */
  static final Set<String> WITHOUT_ID_NUMBERS = Set.of(Channel.HOTLINE.name(), Channel.GRID.name());

  static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

  private final Organisation organisation;
  private final BusinessCalendar calendar;
  private final FiveChiefsRoster fiveChiefs;

  PetitionValidator(
      Organisation organisation, BusinessCalendar calendar, FiveChiefsRoster fiveChiefs) {
    this.organisation = organisation;
    this.calendar = calendar;
    this.fiveChiefs = fiveChiefs;
  }

  List<FieldError> validate(PetitionRequest p) {
    List<FieldError> errors = new ArrayList<>();
    Channel channel = oneOf(errors, "channel", "来源渠道", p.channel(), Channel.class);
    if (channel == Channel.FIVE_CHIEFS) {
      FiveChiefsRoster.Duty today = fiveChiefs.today();
      if (!today.serviceDay()) {
        errors.add(
            new FieldError(
                "channel", "今天不是五长服务日（" + today.reason() + "），不能按“五长服务日”登记；请按普通走访（来源渠道选“走访”）登记"));
      }
    }
    oneOf(errors, "category", "信访类别", p.category(), Category.class);
    if (blank(p.matterType())) {
      errors.add(new FieldError("matterType", "请选择事项类型"));
    } else if (MatterType.ofCode(p.matterType()).isEmpty()) {
      errors.add(new FieldError("matterType", "事项类型不存在：" + p.matterType()));
    }
    if (blank(p.region())) {
      errors.add(new FieldError("region", "请选择所属地区（单位编码）"));
    } else if (organisation.unit(p.region()).isEmpty()) {
      errors.add(new FieldError("region", "所属地区不存在：" + p.region()));
    }
    text(errors, "content", TextField.CONTENT, p.content());
    if (channel == Channel.HOTLINE && blank(p.hotlineOrderNo())) {
      errors.add(new FieldError("hotlineOrderNo", "12345 热线工单必须填写工单编号"));
    } else if (!blank(p.hotlineOrderNo())) {
      tooLong(errors, "hotlineOrderNo", TextField.HOTLINE_ORDER_NO, p.hotlineOrderNo());
    }
    for (int i = 0; i < p.involvedUnitsOrEmpty().size(); i++) {
      String unit = p.involvedUnitsOrEmpty().get(i);
      if (unit == null || organisation.unit(unit).isEmpty()) {
        errors.add(new FieldError("involvedUnits[" + i + "]", "涉及单位不存在：" + unit));
      }
    }
    petitioners(errors, p);
    duplicate(errors, p);
    return errors;
  }

  /** The registrar's decision for a petitioner with a case open about the same matter type. */
  private static void duplicate(List<FieldError> errors, PetitionRequest p) {
    if (p.duplicate() == null) {
      return;
    }
    String decision = p.duplicate().decision();
    String reason = p.duplicateReason();
    if (blank(decision)) {
      if (!blank(reason)) {
        errors.add(new FieldError("duplicate.decision", "填写了理由，请同时选择“并入在办案件”或“作为新事项登记”"));
      }
      return;
    }
    if (p.duplicateDecision() == null) {
      errors.add(
          new FieldError(
              "duplicate.decision",
              "同类事项处理方式不存在："
                  + decision
                  + "（应为 LINK 并入在办案件、NEW_MATTER 作为新事项登记，或 NOT_ACCEPTED_AGAIN 登记为不再受理）"));
    } else if (p.duplicateDecision() == DuplicateDecision.NEW_MATTER && blank(reason)) {
      errors.add(new FieldError("duplicate.reason", "作为新事项登记，请填写理由（与在办案件所反映问题的不同之处）"));
    }
    if (reason != null) {
      tooLong(errors, "duplicate.reason", TextField.DUPLICATE_REASON, reason);
    }
  }

  private void petitioners(List<FieldError> errors, PetitionRequest p) {
    List<PetitionRequest.PetitionerRequest> people = p.petitionersOrEmpty();
    if (p.headcount() == null || p.headcount() < 1) {
      errors.add(new FieldError("headcount", "请填写信访人数（至少 1 人）"));
    }
    if (people.isEmpty()) {
      errors.add(new FieldError("petitioners", "请至少登记一名信访人"));
      return;
    }
    if (p.isCollective() && people.size() > MAX_REPRESENTATIVES) {
      errors.add(new FieldError("petitioners", "集体访最多登记 5 名代表（信访工作条例第二十条）"));
    } else if (p.headcount() != null && p.headcount() >= 1 && people.size() > p.headcount()) {
      errors.add(new FieldError("petitioners", "登记的信访人多于信访人数"));
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < people.size(); i++) {
      PetitionRequest.PetitionerRequest person = people.get(i);
      String at = "petitioners[" + i + "].";
      if (person == null) {
        errors.add(new FieldError("petitioners[" + i + "]", "信访人信息为空"));
        continue;
      }
      text(errors, at + "name", TextField.PETITIONER_NAME, person.name());
      String idProblem = ResidentIdNumber.problem(person.idNumber(), calendar.today());
      if (blank(person.idNumber()) && WITHOUT_ID_NUMBERS.contains(p.channel())) {
        // the 12345 hotline and the grid do not collect resident ID numbers
      } else if (blank(person.idNumber())) {
        errors.add(new FieldError(at + "idNumber", "请填写公民身份号码"));
      } else if (idProblem != null) {
        errors.add(new FieldError(at + "idNumber", "公民身份号码有误：" + idProblem));
      } else if (!ids.add(person.idNumber())) {
        errors.add(new FieldError(at + "idNumber", "同一公民身份号码重复登记"));
      }
      if (blank(person.phone())) {
        errors.add(new FieldError(at + "phone", "请填写联系电话"));
      } else if (!PHONE.matcher(person.phone()).matches()) {
        errors.add(new FieldError(at + "phone", "联系电话格式不正确（11 位手机号或带区号的固定电话）"));
      }
      if (person.address() != null) {
        tooLong(errors, at + "address", TextField.PETITIONER_ADDRESS, person.address());
      }
    }
  }

  private static <E extends Enum<E>> E oneOf(
      List<FieldError> errors, String field, String label, String value, Class<E> type) {
    if (blank(value)) {
      errors.add(new FieldError(field, "请选择" + label));
      return null;
    }
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.name().equals(value))
        .findFirst()
        .orElseGet(
            () -> {
              errors.add(new FieldError(field, label + "不存在：" + value));
              return null;
            });
  }

  private static void text(List<FieldError> errors, String field, TextField text, String value) {
    if (blank(value)) {
      errors.add(new FieldError(field, "请填写" + text.label()));
    } else {
      tooLong(errors, field, text, value);
    }
  }

  private static void tooLong(List<FieldError> errors, String field, TextField text, String value) {
    if (value.length() > text.maxLength()) {
      errors.add(new FieldError(field, text.label() + "不能超过 " + text.maxLength() + " 个字"));
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
