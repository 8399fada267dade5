package cn.xinfang.platform.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Text the database can keep as it was sent: no control characters other than tab and line breaks
 * (PostgreSQL refuses NUL), and no half of a surrogate pair (not a character at all). The product
 * API's JSON refuses such text when it is read, for every field at once; Tasklist's forms check it
 * in {@link FormInput}.
 */
@Configuration(proxyBeanMethods = false)
public class StorableText {

  public static final String PROBLEM = "含有无法保存的字符（控制字符或不完整的字符编码），请删除后重试";

  /** Whether the database can keep this text exactly. */
  public static boolean storable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** A JSON string the database could not keep. */
  public static class Refused extends JsonMappingException {
    Refused(JsonParser parser) {
      super(parser, "填写的内容" + PROBLEM);
    }
  }

  /** Every string the product API reads passes {@link #storable}. */
  @Bean
  Module storableTextModule() {
    SimpleModule module = new SimpleModule("storable-text");
    module.addDeserializer(
        String.class,
        new StdScalarDeserializer<String>(String.class) {
          @Override
          public String deserialize(JsonParser parser, DeserializationContext context)
              throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && !storable(text)) {
              throw new Refused(parser);
            }
            return text;
          }
        });
    return module;
  }
}
