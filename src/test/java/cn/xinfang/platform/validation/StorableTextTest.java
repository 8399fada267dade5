package cn.xinfang.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/** What the database can keep as sent, and Tasklist's forms refusing the rest in Chinese. */
class StorableTextTest {

  @Test
  void controlCharactersAndHalfSurrogatesAreNotStorableEverythingElseIs() {
    assertThat(StorableText.storable("拖欠工资\t三个月\r\n😀👨‍👩‍👧 e\u0301 \u200f<script>")).isTrue();
    assertThat(StorableText.storable("拖欠\u0000工资")).isFalse();
    assertThat(StorableText.storable("拖欠\u0007工资")).isFalse();
    assertThat(StorableText.storable("工资\ud800")).isFalse();
    assertThat(StorableText.storable("\udc00工资")).isFalse();
  }

  @Test
  void aTasklistFormWithANulCharacterIsRefusedInChinese() {
    VariableScope form = mock(VariableScope.class);
    when(form.getVariable(TextField.FINDINGS.key())).thenReturn("经调查\u0000属实");

    FormInput input = FormInput.of(form);
    input.requiredText(TextField.FINDINGS);

    assertThatThrownBy(input::check)
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining(TextField.FINDINGS.label() + StorableText.PROBLEM);
  }
}
