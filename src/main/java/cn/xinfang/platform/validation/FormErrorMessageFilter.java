package cn.xinfang.platform.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine wraps a listener's {@link FormInputException} in English ("Cannot submit task form …:
 * ENGINE-03051 There was an exception while invoking the TaskListener …") and answers 500; Tasklist
 * shows that to the official. This filter answers 400 with the Chinese message alone, for the REST
 * API and for the webapps' own engine API.
 */
class FormErrorMessageFilter extends OncePerRequestFilter {

  private final ObjectMapper json = new ObjectMapper();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) && !"PUT".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapper);
    byte[] body = wrapper.getContentAsByteArray();
    String text = new String(body, StandardCharsets.UTF_8);
    if (wrapper.getStatus() >= 500 && text.contains(FormInputException.PREFIX)) {
      JsonNode error = json.readTree(body);
      if (error instanceof ObjectNode node) {
        String message = node.path("message").asText();
        String chinese = message.substring(message.indexOf(FormInputException.PREFIX));
        node.put("type", FormInputException.class.getSimpleName());
        node.put("message", chinese.replaceAll("['\\s]+$", ""));
        wrapper.resetBuffer();
        wrapper.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        wrapper.setContentType("application/json;charset=UTF-8");
        wrapper.getOutputStream().write(json.writeValueAsBytes(node));
      }
    }
    wrapper.copyBodyToResponse();
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    FilterRegistrationBean<FormErrorMessageFilter> formErrorMessages() {
      FilterRegistrationBean<FormErrorMessageFilter> registration =
          new FilterRegistrationBean<>(new FormErrorMessageFilter());
      registration.setName("form-error-messages");
      registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
      return registration;
    }
  }
}
