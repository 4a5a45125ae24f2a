// DescribeExceptionInFlight: the one line kosearch-index prints when Xapian
// ends the process through std::terminate.
#include <doctest/doctest.h>
#include <xapian.h>

#include <stdexcept>

#include "kosearch/index.h"

TEST_CASE("DescribeExceptionInFlight names the exception being handled, a Xapian error by its description") {
  CHECK(kosearch::DescribeExceptionInFlight().empty());
  try {
    throw Xapian::DatabaseError("Error writing block 89 (No space left on device)");
  } catch (...) {
    CHECK(kosearch::DescribeExceptionInFlight() == "DatabaseError: Error writing block 89 (No space left on device)");
  }
  try {
    throw std::runtime_error("기사 저장 실패");
  } catch (...) {
    CHECK(kosearch::DescribeExceptionInFlight() == "기사 저장 실패");
  }
  try {
    throw 42;
  } catch (...) {
    CHECK(kosearch::DescribeExceptionInFlight() == "an exception of an unknown type");
  }
  CHECK(kosearch::DescribeExceptionInFlight().empty());
}
