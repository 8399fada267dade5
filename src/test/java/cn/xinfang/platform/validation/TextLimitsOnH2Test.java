package cn.xinfang.platform.validation;

import cn.xinfang.platform.support.PlatformTest;

@PlatformTest
class TextLimitsOnH2Test extends AbstractTextLimitsTest {}
