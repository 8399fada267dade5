package cn.xinfang.platform;

import cn.xinfang.platform.system.ProviderLookups;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** 信访流转平台. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PetitionPlatformApplication {

  static {
    ProviderLookups.pin();
  }

  public static void main(String[] args) {
    SpringApplication.run(PetitionPlatformApplication.class, args);
  }
}
