package cn.xinfang.platform.casefile;

/**
 * Another registration opened a case for the same petitioner and matter type at the same moment and
 * committed first. The registration that gets this rolls back and is linked to that case.
 */
public class MatterAlreadyOpenException extends RuntimeException {

  MatterAlreadyOpenException(Throwable cause) {
    super("同一信访人就同一事项的另一登记已先行建立案件", cause);
  }
}
