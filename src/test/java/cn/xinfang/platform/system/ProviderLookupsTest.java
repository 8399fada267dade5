package cn.xinfang.platform.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import javax.xml.datatype.DatatypeFactory;
import org.junit.jupiter.api.Test;

/**
 * The engine's and the mail library's provider lookups are pinned to the providers found at
 * start-up, and a provider the operator chose is kept.
 */
class ProviderLookupsTest {

  private static final String STREAMS = StreamProvider.class.getName();

  @Test
  void bothLookupsArePinnedToTheProviderFound() throws Exception {
    String datatypes = System.clearProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY);
    String streams = System.clearProperty(STREAMS);
    try {
      String found = DatatypeFactory.newInstance().getClass().getName();
      String foundStreams = StreamProvider.provider().getClass().getName();

      ProviderLookups.pin();

      assertThat(System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY)).isEqualTo(found);
      assertThat(System.getProperty(STREAMS)).isEqualTo(foundStreams);
      // and the pinned names still make working providers
      assertThat(DatatypeFactory.newInstance().newDuration("PT5M").getMinutes()).isEqualTo(5);
      assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(foundStreams);
    } finally {
      restore(DatatypeFactory.DATATYPEFACTORY_PROPERTY, datatypes);
      restore(STREAMS, streams);
    }
  }

  @Test
  void aProviderTheOperatorChoseIsKept() {
    String before = System.setProperty(STREAMS, "com.example.OwnStreams");
    try {
      ProviderLookups.pin();
      assertThat(System.getProperty(STREAMS)).isEqualTo("com.example.OwnStreams");
    } finally {
      restore(STREAMS, before);
    }
  }

  private static void restore(String property, String value) {
    if (value == null) {
      System.clearProperty(property);
    } else {
      System.setProperty(property, value);
    }
  }
}
