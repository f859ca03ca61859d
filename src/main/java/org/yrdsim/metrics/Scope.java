package org.yrdsim.metrics;

/** What a row of results is about: the whole cluster, a site, an operator or one datacenter. */
public record Scope(Kind kind, String name) {
    public enum Kind {
        CLUSTER, SITE, OPERATOR, DATACENTER;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static final Scope CLUSTER = new Scope(Kind.CLUSTER, "cluster");

    public static Scope site(String name) {
        return new Scope(Kind.SITE, name);
    }

    public static Scope operator(String name) {
        return new Scope(Kind.OPERATOR, name);
    }

    public static Scope datacenter(String name) {
        return new Scope(Kind.DATACENTER, name);
    }

    /** How results files name it: {@code cluster}, {@code site:qingpu}, {@code datacenter:alibaba@qingpu}. */
    public String label() {
        return kind == Kind.CLUSTER ? "cluster" : kind.word() + ":" + name;
    }
}
