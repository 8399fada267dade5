package cn.xinfang.platform.inquiry;

import static cn.xinfang.platform.inquiry.InquiryVariables.ANSWER;
import static cn.xinfang.platform.inquiry.InquiryVariables.ANSWERING_UNIT;
import static cn.xinfang.platform.inquiry.InquiryVariables.INQUIRER_NAME;
import static cn.xinfang.platform.inquiry.InquiryVariables.INQUIRER_PHONE;
import static cn.xinfang.platform.inquiry.InquiryVariables.QUESTION;

import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.validation.FormInput;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Service;

/** What a registered inquiry and its answer must contain. */
@Service
class InquiryRules {

  /** A mobile number (11 digits) or a landline with area code. */
  static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

  static final int MIN_ANSWER_LENGTH = 10;

  private final Organisation organisation;

  InquiryRules(Organisation organisation) {
    this.organisation = organisation;
  }

  void checkRegistration(VariableScope inquiry) {
    FormInput input = FormInput.of(inquiry);
    input.requiredText(INQUIRER_NAME, "咨询人姓名", 50);
    input.requiredMatching(INQUIRER_PHONE, "联系电话", PHONE, "11 位手机号或带区号的固定电话");
    input.requiredText(QUESTION, "咨询内容", 2000);
    String unit = input.requiredText(ANSWERING_UNIT, "答复单位", 64);
    if (unit != null && organisation.unit(unit).isEmpty()) {
      input.reject("答复单位不存在：" + unit);
    }
    input.check();
  }

  void checkAnswer(VariableScope task) {
    FormInput input = FormInput.of(task);
    String answer = input.requiredText(ANSWER, "答复意见", 2000);
    if (answer != null && answer.length() < MIN_ANSWER_LENGTH) {
      input.reject("答复意见至少 " + MIN_ANSWER_LENGTH + " 个字，请写明依据和结论");
    }
    input.check();
  }

  String unitName(String code) {
    return organisation.unit(code).map(Organisation.Unit::name).orElse(code);
  }
}
