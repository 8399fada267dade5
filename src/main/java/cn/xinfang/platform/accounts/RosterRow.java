package cn.xinfang.platform.accounts;

import java.util.List;

/**
 * One line of the roster as written: every field a string (or null), with the line number the
 * file's reader found it on, so problems can be reported by line.
 */
record RosterRow(
    int line,
    String account,
    String name,
    String unit,
    List<String> roles,
    String mail,
    String mobile,
    String signIn) {}
