package cn.xinfang.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** 信访流转平台. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PetitionPlatformApplication {

  public static void main(String[] args) {
    SpringApplication.run(PetitionPlatformApplication.class, args);
  }
}
