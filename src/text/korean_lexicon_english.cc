// The Korean lexicon's table of English institution words (see
// korean_lexicon.h, EnglishNameParts): how English news names a Korean or
// foreign body, word by word, and the Korean word each part becomes. Read by
// answer/ to find the body a question names in English ("the Defense
// Ministry" → 국방부) among the speakers and organizations of the index; and
// the endings of compound titles English title words stand for
// (EnglishTitleEndings: "chief" → 장 in 과장, 본부장).
#include "text/korean_lexicon.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <string>
#include <vector>

#include "text/korean_lexicon_body_names.h"
#include "text/unicode_text.h"

namespace kosearch::korean {

namespace {

constexpr EnglishNamePart kEnglishNameParts[] = {
    // Heads: what kind of body.
    {"ministry", "부"}, {"department", "부"}, {"committee", "위원회"}, {"commission", "위원회"},
    {"board", "위원회"}, {"council", "위원회"}, {"council", "이사회"}, {"council", "의회"}, {"city", "시"}, {"province", "도"},
    {"county", "군"}, {"district", "구"}, {"court", "법원"}, {"party", "당"}, {"party", "정당"},
    {"headquarters", "본부"}, {"office", "청"}, {"office", "실"}, {"office", "처"}, {"agency", "청"},
    {"service", "청"}, {"administration", "청"}, {"institute", "연구원"}, {"institute", "연구소"},
    {"university", "대"}, {"university", "대학교"}, {"union", "노조"}, {"union", "조합"},
    {"association", "협회"}, {"association", "연맹"}, {"federation", "연맹"}, {"federation", "연합"}, {"bank", "은행"},
    {"police", "경찰"}, {"police", "경찰청"}, {"police station", "경찰서"}, {"insurance", "보험"}, {"service", "공단"}, {"government", "정부"}, {"assembly", "의회"},
    {"team", "팀"}, {"division", "과"}, {"bureau", "국"}, {"center", "센터"}, {"centre", "센터"},
    {"foundation", "재단"}, {"corporation", "공사"}, {"corp", "공사"}, {"corp", ""}, {"embassy", "대사관"}, {"prosecutors", "검찰"},
    {"prosecution", "검찰"}, {"army", "군"}, {"navy", "해군"}, {"military", "군"}, {"media", "언론"},
    {"broadcasting", "방송"}, {"news", "뉴스"}, {"sports", "스포츠"}, {"group", "그룹"}, {"mall", "몰"},
    {"hospital", "병원"}, {"school", "학교"}, {"church", "교회"}, {"club", "구단"}, {"company", "사"},
    // Modifiers: what the body is for, or where (ComposesBodyName reads the
    // rows from "defense" on as modifiers, the ones before as heads).
    {"defense", "국방"}, {"defence", "국방"}, {"foreign", "외교"}, {"foreign", "외무"}, {"foreign", "외"},
    {"state", "국무"}, {"justice", "법무"}, {"interior", "내무"}, {"interior", "행정안전"}, {"finance", "재무"},
    {"finance", "재정"}, {"labor", "노동"}, {"labour", "노동"}, {"employment", "고용"}, {"health", "보건"}, {"health", "건강"}, {"logistics", "물류"},
    {"welfare", "복지"}, {"education", "교육"}, {"environment", "환경"}, {"unification", "통일"},
    {"land", "국토"}, {"transport", "교통"}, {"transportation", "교통"}, {"industry", "산업"},
    {"trade", "통상"}, {"trade", "거래"}, {"strategy", "기획"}, {"oceans", "해양"}, {"fisheries", "수산"}, {"commerce", "상무"}, {"agriculture", "농림"}, {"national", "국립"},
    {"national", "국가"}, {"national", "국민"}, {"national", ""}, {"administrative", "행정"}, {"weather", "기상"},
    {"meteorological", "기상"}, {"investigation", "수사"}, {"supreme", "대"}, {"constitutional", "헌법"},
    {"metropolitan", "광역"}, {"central", "중앙"}, {"general affairs", "총무"}, {"public", "공공"},
    {"security", "안보"}, {"intelligence", "정보"}, {"science", "과학"}, {"technology", "기술"},
    {"research", "연구"}, {"human rights", "인권"}, {"election", "선거"}, {"fire", "소방"},
    {"presidential", "대통령"}, {"olympic", "올림픽"}, {"legal", "법률"}, {"urban", "도시"},
    {"emergency", "비상"}, {"planning", "기획"}, {"economy", "경제"}, {"economic", "경제"},
    {"aerospace", "항공우주"}, {"space", "우주"}, {"nuclear", "원자력"}, {"energy", "에너지"},
    {"disease", "질병"}, {"control", "관리"}, {"fair", "공정"}, {"financial", "금융"},
    {"korean", "한국"}, {"korean", "대한"}, {"korea", "대한"}, {"american", "미국"}, {"us", "미국"}, {"u.s.", "미국"}, {"chinese", "중국"},
    {"japanese", "일본"}, {"russian", "러시아"}, {"north korean", "북한"}, {"south korean", "한국"},
    // Nationality adjectives: whose body it is ("the British defence ministry" 영국 국방부).
    {"british", "영국"}, {"french", "프랑스"}, {"german", "독일"}, {"spanish", "스페인"}, {"italian", "이탈리아"},
    {"canadian", "캐나다"}, {"australian", "호주"}, {"indian", "인도"}, {"israeli", "이스라엘"}, {"iranian", "이란"},
    {"turkish", "터키"}, {"ukrainian", "우크라이나"}, {"european", "유럽"}, {"dutch", "네덜란드"}, {"swiss", "스위스"},
    {"mexican", "멕시코"}, {"brazilian", "브라질"}, {"vietnamese", "베트남"}, {"taiwanese", "대만"}, {"thai", "태국"},
    {"philippine", "필리핀"}, {"egyptian", "이집트"}, {"syrian", "시리아"}, {"iraqi", "이라크"}, {"afghan", "아프가니스탄"},
};

constexpr EnglishTitleEnding kEnglishTitleEndings[] = {
    {"chief", "장"}, {"head", "장"}, {"director", "장"}, {"director", "국장"}, {"minister", "장관"},
    {"secretary", "장관"}, {"commissioner", "청장"}, {"commissioner", "위원장"}, {"chair", "위원장"},
    {"chairman", "회장"}, {"chairman", "위원장"}, {"spokesman", "대변인"}, {"spokeswoman", "대변인"},
    {"spokesperson", "대변인"}, {"manager", "팀장"}, {"manager", "부장"}, {"official", "관계자"},
    {"officer", "관"}, {"researcher", "연구원"}, {"mayor", "시장"}, {"governor", "지사"}, {"judge", "판사"},
    {"prosecutor", "검사"}, {"lawmaker", "의원"}, {"representative", "대리인"}, {"representative", "대표"},
};

}  // namespace

std::span<const EnglishNamePart> EnglishNameParts() { return kEnglishNameParts; }

// The table lists its heads first, then its modifiers from "defense" on.
constexpr size_t FirstModifierRow() {
  size_t row = 0;
  while (row < std::size(kEnglishNameParts) && kEnglishNameParts[row].english != "defense") ++row;
  return row;
}
static_assert(FirstModifierRow() < std::size(kEnglishNameParts), "the modifiers begin with \"defense\"");

bool ComposesBodyName(std::u32string_view word) {
  struct Parts {
    std::vector<std::u32string> heads, modifiers;
  };
  static const Parts kParts = [] {
    Parts parts;
    for (size_t row = 0; row < std::size(kEnglishNameParts); ++row) {
      std::u32string korean = ToU32(kEnglishNameParts[row].korean);
      if (korean.empty() || !AllHangulSyllables(korean)) continue;
      if (row < FirstModifierRow()) {
        parts.heads.push_back(std::move(korean));
      } else if (korean.size() >= 2) {  // 외, 대 alone would make 외부, 대사 bodies
        parts.modifiers.push_back(std::move(korean));
      }
    }
    return parts;
  }();
  constexpr size_t kLongest = 16;  // no body's one word is longer (중앙선거관리위원회 is 9)
  if (word.size() < 3 || word.size() > kLongest || !AllHangulSyllables(word)) return false;
  auto composed_of_modifiers = [&](std::u32string_view prefix) {
    std::array<bool, kLongest + 1> reach{};  // reach[i]: prefix[0, i) is one or more modifiers
    reach[0] = true;
    for (size_t i = 0; i < prefix.size(); ++i) {
      if (!reach[i]) continue;
      for (const std::u32string& m : kParts.modifiers) {
        if (prefix.substr(i).starts_with(m)) reach[i + m.size()] = true;
      }
    }
    return reach[prefix.size()];
  };
  return std::any_of(kParts.heads.begin(), kParts.heads.end(), [&](const std::u32string& head) {
    return head.size() < word.size() && word.ends_with(head) &&
           composed_of_modifiers(word.substr(0, word.size() - head.size()));
  });
}

std::span<const EnglishTitleEnding> EnglishTitleEndings() { return kEnglishTitleEndings; }

HangulRomanization RevisedRomanization() {
  static constexpr std::string_view kInitials[] = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s",
                                                   "ss", "", "j", "jj", "ch", "k", "t", "p", "h"};
  static constexpr std::string_view kVowels[] = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae",
                                                 "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
  static constexpr std::string_view kFinals[] = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l",
                                                 "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};
  static constexpr unsigned char kUsualFinals[] = {1, 4, 7, 8, 16, 17, 21};
  return {kInitials, kVowels, kFinals, kUsualFinals};
}

PressRomanization PressNameRomanization() {
  static constexpr std::string_view kInitials[] = {"g|k", "kk|gg|k|g", "n", "d|t", "tt|dd|t|d", "r|l", "m", "b|p", "pp|bb|p|b",
                                                   "s|sh", "ss|s|sh", "", "j|ch|z", "jj|tch|j|ch", "ch|c", "k", "t", "p|ph", "h"};
  static constexpr std::string_view kVowels[] = {
      "a|ah", "ae|ai|ay|e|yai|yae", "ya", "yae", "eo|u|uh", "e", "yeo|yo|yu|yuh|ye", "ye", "o|oh", "wa", "wae",
      "oe|oi|wi|we", "yo", "u|oo|woo|ou", "wo|weo", "we", "wi|wee", "yu|yoo|you", "eu|u|ue", "ui|eui|ee|i", "i|ee|yi|y|ie"};
  static constexpr std::string_view kFinals[] = {"", "k|g", "k", "k", "n", "n", "n", "t|d", "l|r", "k", "m", "l", "l", "l",
                                                 "p", "l", "m", "p|b", "p", "t|s", "t|s", "ng", "t", "t", "k", "t", "p", "t"};
  return {kInitials, kVowels, kFinals};
}

}  // namespace kosearch::korean
