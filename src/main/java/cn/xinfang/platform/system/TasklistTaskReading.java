package cn.xinfang.platform.system;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import org.camunda.bpm.engine.rest.dto.task.TaskDto;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Tasklist saves a task's due and follow-up dates by sending back the whole task it read, with its
 * Camunda Form reference ({@code camundaFormRef}). Camunda 7.24's REST layer cannot read that
 * property back (it is an interface) and refuses every such save. The platform reads tasks with
 * Camunda's own mapper settings, ignoring the property, which saving a task does not use anyway.
 *
 * <p>Jersey discovers this (META-INF/services) in each of its applications: {@code /engine-rest}
 * and the webapps' {@code /camunda/api/engine}, both built by Camunda's starters.
 */
@ConstrainedTo(RuntimeType.SERVER)
public final class TasklistTaskReading implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(TaskReader.class)) {
      context.register(new TaskReader());
    }
  }

  @JsonIgnoreProperties(value = "camundaFormRef", allowGetters = true)
  private abstract static class FormRefReadOnly {}

  private static final class TaskReader implements ReaderInterceptor {

    private static final ObjectMapper MAPPER =
        JacksonConfigurator.configureObjectMapper(new ObjectMapper())
            .addMixIn(TaskDto.class, FormRefReadOnly.class);

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
      if (context.getType() != TaskDto.class) {
        return context.proceed();
      }
      return MAPPER.readValue(context.getInputStream(), TaskDto.class);
    }
  }
}
