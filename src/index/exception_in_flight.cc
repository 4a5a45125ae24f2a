// DescribeExceptionInFlight (see kosearch/index.h): names the exception that
// reached std::terminate, a Xapian error by its own description.
#include <xapian.h>

#include <exception>
#include <string>

#include "kosearch/index.h"

namespace kosearch {

std::string DescribeExceptionInFlight() {
  std::exception_ptr in_flight = std::current_exception();
  if (!in_flight) return "";
  try {
    std::rethrow_exception(in_flight);
  } catch (const Xapian::Error& e) {
    return e.get_description();
  } catch (const std::exception& e) {
    return e.what();
  } catch (...) {
    return "an exception of an unknown type";
  }
}

}  // namespace kosearch
