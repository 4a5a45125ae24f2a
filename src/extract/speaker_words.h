// The words a speaker's noun phrase is read by (issue 13): roles that name
// unnamed speakers ("관계자", "유족"), qualifiers that belong to no one
// ("관련", "고위"), places that stand before titles ("미국 대통령"). What
// cannot speak at all is IsNonAgent (attribution.h). Internal header.
#pragma once

#include <cstddef>
#include <string_view>

namespace kosearch {

// Unnamed speakers: people known by what they are, not by name ("관계자",
// "연구진", "유가족", kin such as "부친"); a plural in 들 counts.
bool IsRoleNoun(std::u32string_view w);
// A title (people.h's IsTitle: "기자", "장관") or a role noun: what a person
// is, never a word of her name.
bool IsTitleOrRole(std::u32string_view w);
// A one-word person span of the tagger that is a title or role noun, bare or
// after a letter standing for someone unnamed ("당직자", "A에이전트"): what
// someone is, never a name, whatever the model marks.
bool NamesNoPerson(std::u32string_view span);
// A subject that speaks with no guess by how it ends: an unnamed role
// ("외교부 관계자"), an official ("국방부 대변인"), a body ("조선중앙통신",
// "주한 미국대사관") or people at large ("시민", "사람").
bool EndsInSpeakingNoun(std::u32string_view w);
// Text that opens with the press putting a question ("기자들 질문에",
// "취재진 물음에").
bool StartsWithPressNoun(std::u32string_view rest);
// 측, the side of a person or a body ("김 후보 측", "한빛 측"): her people
// or the body speaking.
bool IsSideNoun(std::u32string_view w);
// The length of a side glued to a name's last word ("한빛측": 1), or 0.
size_t GluedSideLength(std::u32string_view name);

// Qualifiers before a role or organization that belong to neither ("관련",
// "고위", "익명의", "전"), and the common words of people.h.
bool IsQualifier(std::u32string_view w);

// Countries and places, which stand before titles as names do ("일본",
// "서울", a word ending in 국 or 스탄).
bool IsPlace(std::u32string_view w);
// A city's district written after the city ("광주 서구", "대구 수성구"):
// its government speaking.
bool IsDistrictAfterPlace(std::u32string_view place, std::u32string_view w);

}  // namespace kosearch
