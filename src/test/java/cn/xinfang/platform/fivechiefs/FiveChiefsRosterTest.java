package cn.xinfang.platform.fivechiefs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xinfang.platform.intake.InvalidPetitionException;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.support.CaseTest;
import cn.xinfang.platform.support.DemoUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 五长服务日: Thursdays only, none on a statutory holiday (which takes no turn), the chiefs in turn from
 * the rotation's first Thursday, a swap for one day; the channel refuses other days.
 */
class FiveChiefsRosterTest extends CaseTest {

  @Autowired FiveChiefsRoster roster;
  @Autowired ObjectMapper json;
  @LocalServerPort int port;

  @Test
  void theChiefsSitInTurnOnThursdays() {
    assertThat(chief("2026-01-08")).isEqualTo("police");
    assertThat(chief("2026-01-15")).isEqualTo("court");
    assertThat(chief("2026-11-26")).isEqualTo("petition-bureau");
    assertThat(roster.duty(LocalDate.parse("2026-11-24")))
        .satisfies(
            d -> {
              assertThat(d.serviceDay()).isFalse();
              assertThat(d.reason()).contains("不是星期四");
            });
  }

  @Test
  void aHolidayThursdayHasNoServiceDayAndTakesNoTurn() {
    assertThat(chief("2026-09-24")).isEqualTo("court");
    assertThat(roster.duty(LocalDate.parse("2026-10-01")))
        .satisfies(
            d -> {
              assertThat(d.serviceDay()).isFalse();
              assertThat(d.reason()).contains("法定节假日");
            });
    assertThat(chief("2026-10-08")).isEqualTo("procuratorate");
  }

  @Test
  void aSwapPutsSomeoneElseInForOneDayAndTheTurnsGoOn() {
    FiveChiefsRoster.Duty swapped = roster.duty(LocalDate.parse("2026-12-03"));
    assertThat(swapped.chief().name()).isEqualTo("赵刚");
    assertThat(swapped.chief().title()).isEqualTo("人民法院副院长");
    assertThat(chief("2026-12-10")).isEqualTo("court");
  }

  @Test
  void theDutyIsAnsweredThroughTheApi() throws Exception {
    JsonNode duty =
        json.readTree(
            DemoUser.of("registrar", port).get("/api/five-chiefs/duty?date=2026-11-26").body());
    assertThat(duty.get("serviceDay").asBoolean()).isTrue();
    assertThat(duty.get("chief").get("unitName").asText()).isEqualTo("信访局");
    assertThat(duty.get("chief").get("name").asText()).isEqualTo("陈建军");
    JsonNode holiday =
        json.readTree(
            DemoUser.of("registrar", port).get("/api/five-chiefs/duty?date=2026-10-01").body());
    assertThat(holiday.get("serviceDay").asBoolean()).isFalse();
    assertThat(
            DemoUser.of("registrar", port).get("/api/five-chiefs/duty?date=tomorrow").statusCode())
        .isEqualTo(400);
  }

  @Test
  void onOtherDaysTheChannelRefusesAndPointsToOrdinaryIntake() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-24T02:00:00Z")));
    assertThatThrownBy(() -> flow.register(Petitions.claim(3481).by("FIVE_CHIEFS").build()))
        .isInstanceOfSatisfying(
            InvalidPetitionException.class,
            e ->
                assertThat(e.errors())
                    .anySatisfy(f -> assertThat(f.message()).contains("不是五长服务日", "不是星期四", "普通走访")));
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-26T02:00:00Z")));
    assertThat(flow.register(Petitions.claim(3482).by("FIVE_CHIEFS").build()).caseNo()).isNotNull();
  }

  private String chief(String date) {
    FiveChiefsRoster.Duty d = roster.duty(LocalDate.parse(date));
    assertThat(d.serviceDay()).as(date).isTrue();
    return d.chief().unit();
  }
}
