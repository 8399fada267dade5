package cn.xinfang.platform.supervision;

import cn.xinfang.platform.support.PostgresPlatformTest;

@PostgresPlatformTest
class LedgerOnPostgresTest extends AbstractLedgerTest {}
