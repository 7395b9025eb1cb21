package sizing.io;

/**
 * Input the workbook cannot use as given (an argument, a data file, a place to write): the message
 * alone names what is wrong and where, so a face can print it as one line and exit with code 2.
 * The library's own exceptions for bad input extend this one; faces never need to know which.
 */
public class BadInput extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadInput(String message) {
    super(message);
  }
}
