package cn.xinfang.platform.designer;

/** One thing wrong with a model: the file, the element and what is wrong, in Chinese. */
public record Finding(String resource, String elementId, String message) {

  @Override
  public String toString() {
    return resource + (elementId == null ? "" : " " + elementId) + "：" + message;
  }
}
