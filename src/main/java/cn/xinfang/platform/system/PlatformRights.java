package cn.xinfang.platform.system;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Work the platform does on behalf of whoever acts, with the platform's rights rather than theirs
 * (queuing a mail, starting a notice's delivery): inside an engine command its authorization checks
 * are suspended; outside one there is no user whose rights would apply.
 */
public final class PlatformRights {

  private PlatformRights() {}

  public static <T> T run(Supplier<T> work) {
    CommandContext command = Context.getCommandContext();
    return command == null ? work.get() : command.runWithoutAuthorization(work::get);
  }
}
