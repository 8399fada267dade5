package cn.xinfang.platform.validation;

import cn.xinfang.platform.support.PostgresPlatformTest;

@PostgresPlatformTest
class TextLimitsOnPostgresTest extends AbstractTextLimitsTest {}
