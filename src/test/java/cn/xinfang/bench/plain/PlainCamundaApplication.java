package cn.xinfang.bench.plain;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Plain Camunda 7 for the benchmark to compare the platform with: the engine, its REST API and
 * nothing of the platform (outside its packages, so none of its components is scanned), running
 * {@code bench/plain-petition.bpmn} with Camunda's default settings.
 */
@SpringBootApplication
public class PlainCamundaApplication {

  public static void main(String[] args) {
    SpringApplication.run(PlainCamundaApplication.class, args);
  }
}
