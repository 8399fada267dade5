package cn.xinfang.platform.casefile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What Tasklist's lists show of each task's case, so six tasks 登记受理 are told apart: the case
 * number, the petitioner with the name masked (the list is the same for every viewer) and the start
 * of the content. Every process with user tasks carries these variables; the shared filters show
 * them as columns. Never an ID number or a phone.
 */
@Component
public class TaskListLabels {

  public static final String CASE_NO = "caseNo";
  public static final String PETITIONER_LABEL = "petitionerLabel";
  public static final String CASE_SUMMARY = "caseSummary";

  /** How much of the content the list shows. */
  public static final int SUMMARY_LENGTH = 40;

  private final CaseFiles files;
  private final Petitioners petitioners;

  TaskListLabels(CaseFiles files, Petitioners petitioners) {
    this.files = files;
    this.petitioners = petitioners;
  }

  /** The variables of a registered case, for a process started about it. */
  public Map<String, Object> of(String caseNo) {
    CaseSummary file = files.find(caseNo).orElseThrow();
    List<Petitioner> people = petitioners.of(caseNo);
    String first = people.isEmpty() ? null : people.get(0).name();
    return variables(caseNo, petitioner(first, file.headcount()), summary(file.content()));
  }

  /** The variables; {@code caseNo} is null for what has no case (an inquiry). */
  public static Map<String, Object> variables(String caseNo, String petitioner, String summary) {
    Map<String, Object> variables = new LinkedHashMap<>();
    if (caseNo != null) {
      variables.put(CASE_NO, caseNo);
    }
    variables.put(PETITIONER_LABEL, petitioner);
    variables.put(CASE_SUMMARY, summary);
    return variables;
  }

  /** E.g. 王*五, 李*, or 王*五等3人 for several petitioners. */
  public static String petitioner(String name, int headcount) {
    String masked = Petitioner.maskName(name);
    return headcount > 1 ? masked + "等" + headcount + "人" : masked;
  }

  /** The first {@value #SUMMARY_LENGTH} characters of the text on one line, marked when cut. */
  public static String summary(String text) {
    if (text == null) {
      return "";
    }
    String line = text.strip().replaceAll("\\s+", " ");
    return line.codePointCount(0, line.length()) <= SUMMARY_LENGTH
        ? line
        : line.substring(0, line.offsetByCodePoints(0, SUMMARY_LENGTH)) + "……";
  }
}
