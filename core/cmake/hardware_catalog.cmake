# Turns the hardware catalog's data file (core/data/hardware.tsv) into the C++ initializer rows that
# core/src/hardware_catalog.cpp includes into its table: one `Hardware{...},` per machine.
#
#   cmake -DINPUT=core/data/hardware.tsv -DOUTPUT=<build>/generated/hardware_catalog_rows.inc -P hardware_catalog.cmake
#
# core/CMakeLists.txt runs it at build time (add_custom_command, re-run when the data file or this script changes),
# in the native and the Emscripten build alike: it needs nothing but CMake. The format is described in
# core/data/README.md. Every row is checked here, so a malformed one fails the build with "<file>:<line>: <what>"
# rather than a C++ error: wrong number of cells, a header that is not the expected one, an unknown backend, a
# number or size that is not one, a duplicate id. The generated rows carry #line directives, so anything the C++
# compiler still says about a row points at the data file's line too.
cmake_minimum_required(VERSION 3.22)

if(NOT DEFINED INPUT OR NOT DEFINED OUTPUT)
  message(FATAL_ERROR "usage: cmake -DINPUT=<hardware.tsv> -DOUTPUT=<rows.inc> -P ${CMAKE_CURRENT_LIST_FILE}")
endif()

set(columns id name family backend gpu_count vram_gib gpu_gb_per_s fp16_tflops pcie_gb_per_s ram_gib ram_gb_per_s
            disk_gb_per_s cpu_cores unified source)
list(LENGTH columns column_count)
string(REPLACE ";" ", " column_list "${columns}")

function(fail line_number what)
  string(REPLACE "${semicolon_mark}" ";" what "${what}")
  string(REPLACE "${open_bracket_mark}" "[" what "${what}")
  string(REPLACE "${close_bracket_mark}" "]" what "${what}")
  string(REPLACE "${backslash_mark}" "\\" what "${what}")
  message(FATAL_ERROR "${INPUT}:${line_number}: ${what}")
endfunction()

file(READ "${INPUT}" content)

# CMake lists are ';'-separated, and '[' ']' and '\' change how a list splits: stand-ins (control characters that
# a data file cannot hold) keep the text intact through the list operations below and are put back on output.
string(ASCII 1 semicolon_mark)
string(ASCII 2 open_bracket_mark)
string(ASCII 3 close_bracket_mark)
string(ASCII 4 backslash_mark)
foreach(mark IN ITEMS "${semicolon_mark}" "${open_bracket_mark}" "${close_bracket_mark}" "${backslash_mark}")
  string(FIND "${content}" "${mark}" at)
  if(NOT at EQUAL -1)
    message(FATAL_ERROR "${INPUT}: control character (ASCII 1-4) in the file")
  endif()
endforeach()
string(REPLACE "\r" "" content "${content}")  # CRLF checkouts
string(REPLACE ";" "${semicolon_mark}" content "${content}")
string(REPLACE "[" "${open_bracket_mark}" content "${content}")
string(REPLACE "]" "${close_bracket_mark}" content "${content}")
string(REPLACE "\\" "${backslash_mark}" content "${content}")
string(REPLACE "\n" ";" lines "${content}")

# The text of a cell as a C++ string literal.
function(cpp_string text out)
  string(REPLACE "${backslash_mark}" "\\\\" text "${text}")
  string(REPLACE "\"" "\\\"" text "${text}")
  string(REPLACE "${semicolon_mark}" ";" text "${text}")
  string(REPLACE "${open_bracket_mark}" "[" text "${text}")
  string(REPLACE "${close_bracket_mark}" "]" text "${text}")
  set(${out} "\"${text}\"" PARENT_SCOPE)
endfunction()

# Integers: no sign, no leading zero (C++ would read 08 as octal), at most 9 digits (no overflow).
set(integer_pattern "(0|[1-9][0-9]?[0-9]?[0-9]?[0-9]?[0-9]?[0-9]?[0-9]?[0-9]?)")
set(integer_regex "^${integer_pattern}$")
set(decimal_regex "^(0|[1-9][0-9]*)\\.[0-9]+$")

function(to_int line_number column text out)
  if(NOT text MATCHES "${integer_regex}")
    fail(${line_number} "${column} is '${text}'; expected a whole number (0 to 999999999, no sign, no leading zero)")
  endif()
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

function(to_double line_number column text out)
  if(text MATCHES "${integer_regex}")
    set(${out} "${text}.0" PARENT_SCOPE)
  elseif(text MATCHES "${decimal_regex}")
    set(${out} "${text}" PARENT_SCOPE)
  else()
    fail(${line_number} "${column} is '${text}'; expected a number such as 1008 or 165.2 (no sign, no exponent)")
  endif()
endfunction()

# Sizes: 24 = 24 GiB; 121.69 = 121.69 GiB rounded to the nearest byte (gib_to_bytes); 81559MiB = 81559 MiB;
# metal:16 = the Metal working set of a 16 GiB machine (metal_working_set in hardware_catalog.cpp).
function(to_bytes line_number column text out)
  if(text STREQUAL "0")
    set(${out} "0" PARENT_SCOPE)
  elseif(text MATCHES "${integer_regex}")
    set(${out} "${text}ull * kGiB" PARENT_SCOPE)
  elseif(text MATCHES "${decimal_regex}")
    set(${out} "gib_to_bytes(${text})" PARENT_SCOPE)
  elseif(text MATCHES "^${integer_pattern}MiB$")
    set(${out} "${CMAKE_MATCH_1}ull * kMiB" PARENT_SCOPE)
  elseif(text MATCHES "^metal:${integer_pattern}$")
    set(${out} "metal_working_set(${CMAKE_MATCH_1}ull * kGiB)" PARENT_SCOPE)
  else()
    fail(${line_number} "${column} is '${text}'; expected GiB (24 or 121.69), MiB (81559MiB) or metal:<GiB of RAM>")
  endif()
endfunction()

set(backend_names cuda rocm vulkan metal sycl cpu)
set(backend_enums kCuda kRocm kVulkan kMetal kSycl kCpu)

file(TO_CMAKE_PATH "${INPUT}" input_path)
string(REPLACE "\"" "\\\"" input_path "${input_path}")
set(out "// Generated from ${INPUT} by ${CMAKE_CURRENT_LIST_FILE}: do not edit.\n")
string(APPEND out "// One Hardware initializer per machine; core/src/hardware_catalog.cpp includes it inside its table.\n")

set(line_number 0)
set(seen_header FALSE)
set(ids "")
set(row_count 0)
foreach(line IN LISTS lines)
  math(EXPR line_number "${line_number} + 1")
  if(line STREQUAL "" OR line MATCHES "^#")
    continue()
  endif()
  string(REPLACE "\t" ";" cells "${line}")
  list(LENGTH cells cell_count)
  if(NOT seen_header)
    if(NOT cells STREQUAL columns)
      string(REPLACE ";" "<TAB>" expected "${columns}")
      fail(${line_number} "the first line that is not a comment must be the header, the column names separated by tabs: ${expected}")
    endif()
    set(seen_header TRUE)
    continue()
  endif()
  if(NOT cell_count EQUAL column_count)
    string(REGEX REPLACE "\t.*" "" first_cell "${line}")
    string(LENGTH "${first_cell}" first_cell_length)
    if(first_cell_length GREATER 40)
      string(SUBSTRING "${first_cell}" 0 40 first_cell)
      string(APPEND first_cell "...")
    endif()
    fail(${line_number} "${cell_count} tab-separated cells (row '${first_cell}'); expected ${column_count}: ${column_list}")
  endif()
  set(index 0)
  foreach(column IN LISTS columns)
    list(GET cells ${index} cell)
    set(${column} "${cell}")
    math(EXPR index "${index} + 1")
    if(cell STREQUAL "")
      fail(${line_number} "${column} is empty")
    endif()
    if(cell MATCHES "^ " OR cell MATCHES " $")
      fail(${line_number} "${column} '${cell}' starts or ends with a space (cells are separated by tabs, not spaces)")
    endif()
  endforeach()

  if(NOT id MATCHES "^[a-z0-9]+(-[a-z0-9]+)*$")
    fail(${line_number} "id '${id}' must be lowercase letters and digits in hyphen-separated words")
  endif()
  list(FIND ids "${id}" duplicate)
  if(NOT duplicate EQUAL -1)
    fail(${line_number} "id '${id}' appears twice")
  endif()
  list(APPEND ids "${id}")
  list(FIND backend_names "${backend}" backend_index)
  if(backend_index EQUAL -1)
    string(REPLACE ";" ", " known "${backend_names}")
    fail(${line_number} "backend '${backend}' of '${id}' is not one of ${known}")
  endif()
  list(GET backend_enums ${backend_index} backend_enum)
  if(unified STREQUAL "yes")
    set(unified_cpp true)
  elseif(unified STREQUAL "no")
    set(unified_cpp false)
  else()
    fail(${line_number} "unified of '${id}' is '${unified}'; expected yes or no")
  endif()
  to_int(${line_number} gpu_count "${gpu_count}" gpu_count_cpp)
  to_int(${line_number} cpu_cores "${cpu_cores}" cpu_cores_cpp)
  to_bytes(${line_number} vram_gib "${vram_gib}" vram_cpp)
  to_bytes(${line_number} ram_gib "${ram_gib}" ram_cpp)
  to_double(${line_number} gpu_gb_per_s "${gpu_gb_per_s}" gpu_bandwidth_cpp)
  to_double(${line_number} fp16_tflops "${fp16_tflops}" tflops_cpp)
  to_double(${line_number} pcie_gb_per_s "${pcie_gb_per_s}" pcie_cpp)
  to_double(${line_number} ram_gb_per_s "${ram_gb_per_s}" ram_bandwidth_cpp)
  to_double(${line_number} disk_gb_per_s "${disk_gb_per_s}" disk_cpp)
  cpp_string("${id}" id_cpp)
  cpp_string("${name}" name_cpp)
  cpp_string("${family}" family_cpp)
  cpp_string("${source}" source_cpp)

  string(APPEND out "#line ${line_number} \"${input_path}\"\n"
    "Hardware{.id = ${id_cpp}, .name = ${name_cpp}, .family = ${family_cpp}, .backend = Backend::${backend_enum}, "
    ".gpu_count = ${gpu_count_cpp}, .vram_bytes = ${vram_cpp}, .gpu_bandwidth_gb_per_s = ${gpu_bandwidth_cpp}, "
    ".gpu_fp16_tflops = ${tflops_cpp}, .pcie_bandwidth_gb_per_s = ${pcie_cpp}, .ram_bytes = ${ram_cpp}, "
    ".ram_bandwidth_gb_per_s = ${ram_bandwidth_cpp}, .disk_bandwidth_gb_per_s = ${disk_cpp}, "
    ".cpu_cores = ${cpu_cores_cpp}, .unified_memory = ${unified_cpp}, .source = ${source_cpp}},\n")
  math(EXPR row_count "${row_count} + 1")
endforeach()

if(NOT seen_header OR row_count EQUAL 0)
  fail(${line_number} "no header line or no machine rows")
endif()

file(WRITE "${OUTPUT}" "${out}")
