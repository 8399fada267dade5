package cn.xinfang.platform.publicquery;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /query}: the petitioner's page for a phone, plain HTML, no login. */
@Controller
class QueryPage {

  @GetMapping("/query")
  String page() {
    return "forward:/query.html";
  }
}
