package cn.xinfang.platform.inquiry;

import static cn.xinfang.platform.inquiry.InquiryVariables.ANSWERING_UNIT;

import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.validation.FormInput;
import cn.xinfang.platform.validation.TextField;
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
    input.requiredText(TextField.INQUIRER_NAME);
    input.requiredMatching(TextField.INQUIRER_PHONE, PHONE, "11 位手机号或带区号的固定电话");
    input.requiredText(TextField.QUESTION);
    String unit = input.requiredValue(ANSWERING_UNIT, "答复单位");
    if (unit != null && organisation.unit(unit).isEmpty()) {
      input.reject("答复单位不存在：" + unit);
    }
    input.check();
  }

  void checkAnswer(VariableScope task) {
    FormInput input = FormInput.of(task);
    String answer = input.requiredText(TextField.ANSWER);
    if (answer != null && answer.length() < MIN_ANSWER_LENGTH) {
      input.reject("答复意见至少 " + MIN_ANSWER_LENGTH + " 个字，请写明依据和结论");
    }
    input.check();
  }

  String unitName(String code) {
    return organisation.unit(code).map(Organisation.Unit::name).orElse(code);
  }
}
