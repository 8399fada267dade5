package cn.xinfang.platform.fivechiefs;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The five-chiefs roster, from {@code config/five-chiefs.yaml} ({@code platform.five-chiefs}). */
@ConfigurationProperties("platform.five-chiefs")
public record FiveChiefsSettings(
    /* The Thursday the first chief of the rotation sits. */
    LocalDate firstThursday,
    /* The rotation, in order. */
    List<Chief> chiefs,
    /* Days someone else sits (the rotation goes on as if they had not). */
    List<Swap> swaps) {

  public FiveChiefsSettings {
    chiefs = chiefs == null ? List.of() : List.copyOf(chiefs);
    swaps = swaps == null ? List.of() : List.copyOf(swaps);
  }

  /** A chief: their unit, title and name, and the account they sign in with. */
  public record Chief(String unit, String title, String name, String account) {}

  /** On {@code date}, this person sits instead of whoever's turn it is. */
  public record Swap(LocalDate date, String unit, String title, String name, String account) {
    Chief chief() {
      return new Chief(unit, title, name, account);
    }
  }
}
