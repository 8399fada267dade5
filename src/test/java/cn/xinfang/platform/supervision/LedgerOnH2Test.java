package cn.xinfang.platform.supervision;

import cn.xinfang.platform.support.PlatformTest;

@PlatformTest
class LedgerOnH2Test extends AbstractLedgerTest {}
