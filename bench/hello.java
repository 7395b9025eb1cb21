///usr/bin/env jbang "$0" "$@" ; exit $?
//DESCRIPTION Hello world: the baseline a warm JBang start is measured against (see README, Speed).
//JAVA 17+

public class hello {
  public static void main(String... args) {
    System.out.println("Hello, world");
  }
}
