package cn.xinfang.platform.casefile;

/** A petitioner (or, for a collective visit, a representative). */
public record Petitioner(String name, String idNumber, String phone, String address) {}
