/*
** ner/clusters_data.c -- links the committed word cluster table
** ext/core/ner/model/clusters-enwiki.bin (written by `make clusters`, format
** in ner/clusters.c) into the library as the hidden read-only symbol
** tk_ner__cluster_data.  The Makefile makes this object depend on the
** file, so a new table relinks.
*/
__asm__(".section .rodata\n"
        ".balign 64\n"
        ".globl tk_ner__cluster_data\n"
        ".hidden tk_ner__cluster_data\n"
        ".type tk_ner__cluster_data, @object\n"
        "tk_ner__cluster_data:\n"
        ".incbin \"ext/core/ner/model/clusters-enwiki.bin\"\n"
        ".size tk_ner__cluster_data, . - tk_ner__cluster_data\n"
        ".previous\n");
